import { today, type CalendarDate } from '@duban/contracts';
import { Injectable } from '@nestjs/common';

/** The time as the app sees it; tests replace it to move time forward without waiting. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's calendar date in the server's time zone (TZ), as "YYYY-MM-DD" like deadlines. */
  today(): CalendarDate {
    return today(this.now());
  }
}
