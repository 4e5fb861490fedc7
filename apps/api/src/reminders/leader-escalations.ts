import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { ReminderEntity } from './reminder.entity';

/** A leader-level reminder (escalation to the responsible leader): which task, and when. */
export interface LeaderReminder {
  taskId: string;
  createdAt: Date;
}

/**
 * Read access to the escalations for other domains ("Waiting for me"): the leader-level reminders of some
 * tasks, automatic or sent by a supervisor, oldest first.
 */
@Injectable()
export class LeaderEscalations {
  constructor(@InjectRepository(ReminderEntity) private readonly reminders: Repository<ReminderEntity>) {}

  async of(taskIds: readonly string[]): Promise<LeaderReminder[]> {
    if (taskIds.length === 0) return [];
    return this.reminders.find({
      where: { taskId: In([...taskIds]), level: 'leader' },
      select: { id: true, taskId: true, createdAt: true },
      order: { createdAt: 'ASC' },
    });
  }
}
