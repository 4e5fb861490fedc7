import { BoardEventEntity } from '../boards/board-event.entity';
import { BoardEntity } from '../boards/board.entity';
import { CommentEntity } from '../comments/comment.entity';
import { DepartmentEntity } from '../departments/department.entity';
import { TaskEntity } from '../tasks/task.entity';
import { UserEntity } from '../users/user.entity';

export const ENTITIES = [
  DepartmentEntity,
  UserEntity,
  BoardEntity,
  BoardEventEntity,
  TaskEntity,
  CommentEntity,
];
