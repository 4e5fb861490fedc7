// What the task panel plugs in: the Files tab, the evidence in the supervision steps, and files on reports
// and comments (chosen with the form, uploaded once the report or comment exists, listed under it).
export { ChosenFiles } from './ChosenFiles';
export { PlaceFiles } from './PlaceFiles';
export { SubmissionEvidence } from './SubmissionEvidence';
export { TaskFiles } from './TaskFiles';
export { UploadList } from './UploadList';
export { useUploads } from './useUploads';
