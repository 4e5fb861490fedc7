import { InitialSchema1795718918314 } from './1795718918314-InitialSchema';
import { AuditHashChain1795723042017 } from './1795723042017-AuditHashChain';
import { SupervisionLifecycle1795724000000 } from './1795724000000-SupervisionLifecycle';
import { BoardSettings1795725000000 } from './1795725000000-BoardSettings';
import { ProgressReports1795726000000 } from './1795726000000-ProgressReports';
import { RemindersNotifications1795727000000 } from './1795727000000-RemindersNotifications';
import { TaskLights1795728000000 } from './1795728000000-TaskLights';
import { AuditChanges1795729000000 } from './1795729000000-AuditChanges';
import { AppendOnlyEvents1795730000000 } from './1795730000000-AppendOnlyEvents';
import { NotificationTaskTitle1795731000000 } from './1795731000000-NotificationTaskTitle';
import { Sessions1795732000000 } from './1795732000000-Sessions';
import { TaskReopening1795732400000 } from './1795732400000-TaskReopening';
import { AdministrationScreens1795733000000 } from './1795733000000-AdministrationScreens';
import { BoardArchive1795733100000 } from './1795733100000-BoardArchive';
import { TaskPanelDefects1795733200000 } from './1795733200000-TaskPanelDefects';
import { LeaderInstructions1795733300000 } from './1795733300000-LeaderInstructions';
import { DepartmentKeywords1795733400000 } from './1795733400000-DepartmentKeywords';
import { MeetingMinutes1795733500000 } from './1795733500000-MeetingMinutes';
import { EvidenceFiles1795733600000 } from './1795733600000-EvidenceFiles';

/** Every migration in order; the app runs them on start. Add new ones with `npm run migration:generate`. */
export const MIGRATIONS = [
  InitialSchema1795718918314,
  AuditHashChain1795723042017,
  SupervisionLifecycle1795724000000,
  BoardSettings1795725000000,
  ProgressReports1795726000000,
  RemindersNotifications1795727000000,
  TaskLights1795728000000,
  AuditChanges1795729000000,
  AppendOnlyEvents1795730000000,
  NotificationTaskTitle1795731000000,
  Sessions1795732000000,
  TaskReopening1795732400000,
  AdministrationScreens1795733000000,
  BoardArchive1795733100000,
  TaskPanelDefects1795733200000,
  LeaderInstructions1795733300000,
  DepartmentKeywords1795733400000,
  MeetingMinutes1795733500000,
  EvidenceFiles1795733600000,
];
