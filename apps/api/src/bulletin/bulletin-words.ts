import { EXPORT_WORDS, type RankingList, type UiLanguage } from '@duban/contracts';

/** The workbook's words in the reader's language; terms from the glossary (督办通报, 牵头单位, 责任领导, 红黄榜 …). */
export interface BulletinWords {
  title: (board: string) => string;
  sheets: { summary: string; departments: string; overdue: string; closed: string; instructions: string };
  summary: {
    board: string;
    from: string;
    to: string;
    asOf: string;
    timeZone: string;
    figure: string;
    value: string;
    tasks: string;
    done: string;
    inProgress: string;
    awaitingSignOff: string;
    inReview: string;
    overdue: string;
    dueSoon: string;
    returned: string;
    onTimeRate: string;
    signOffRate: string;
    reportsMissing: string;
    createdInPeriod: string;
    closedInPeriod: string;
    closedOnTimeInPeriod: string;
    instructions: string;
    instructionsAnswered: string;
    atPeriodEnd: string;
    endOpen: string;
    endOverdue: string;
    endClosed: string;
    endDue: string;
  };
  departments: {
    department: string;
    ranking: string;
    place: string;
    led: string;
    done: string;
    inProgress: string;
    awaitingSignOff: string;
    inReview: string;
    overdue: string;
    furthestOverdueDays: string;
    dueSoon: string;
    returned: string;
    onTimeRate: string;
    signOffRate: string;
    reportsMissing: string;
    cooperating: string;
  };
  lists: Record<RankingList, string>;
  task: {
    title: string;
    status: string;
    leadDepartment: string;
    responsibleLeader: string;
    deadline: string;
    daysOverdue: string;
    closedOn: string;
    onTime: string;
  };
  instruction: {
    task: string;
    leader: string;
    givenAt: string;
    text: string;
    leadDepartment: string;
    respondedBy: string;
    respondedAt: string;
    response: string;
    awaiting: string;
    waitingDays: string;
  };
  yes: string;
  no: string;
  status: (typeof EXPORT_WORDS)[UiLanguage]['status'];
}

export const BULLETIN_WORDS: Record<UiLanguage, BulletinWords> = {
  en: {
    title: (board) => `${board}: supervision bulletin`,
    sheets: {
      summary: 'Summary',
      departments: 'Departments',
      overdue: 'Overdue',
      closed: 'Closed in period',
      instructions: 'Instructions',
    },
    summary: {
      board: 'Board',
      from: 'Period from',
      to: 'Period to',
      asOf: 'Figures as of',
      timeZone: 'Time zone',
      figure: 'Figure',
      value: 'Value',
      tasks: 'Tasks',
      done: 'Done',
      inProgress: 'In progress',
      awaitingSignOff: 'Awaiting sign-off',
      inReview: 'Awaiting verification',
      overdue: 'Overdue',
      dueSoon: 'Due soon',
      returned: 'Returned (times)',
      onTimeRate: 'On-time rate',
      signOffRate: 'Sign-off rate',
      reportsMissing: 'Reports missing',
      createdInPeriod: 'Created in the period',
      closedInPeriod: 'Closed in the period',
      closedOnTimeInPeriod: 'of them on time',
      instructions: 'Leader instructions in the period',
      instructionsAnswered: 'of them answered',
      atPeriodEnd: 'At the end of',
      endOpen: 'Open then',
      endOverdue: 'Overdue then',
      endClosed: 'Closed by then',
      endDue: 'Due by then',
    },
    departments: {
      department: 'Lead department',
      ranking: 'List',
      place: 'Place',
      led: 'Led',
      done: 'Done',
      inProgress: 'In progress',
      awaitingSignOff: 'Awaiting sign-off',
      inReview: 'Awaiting verification',
      overdue: 'Overdue',
      furthestOverdueDays: 'Furthest overdue (days)',
      dueSoon: 'Due soon',
      returned: 'Returned',
      onTimeRate: 'On-time rate',
      signOffRate: 'Sign-off rate',
      reportsMissing: 'Reports missing',
      cooperating: 'Cooperating',
    },
    lists: { red: 'Red list', yellow: 'Yellow list', green: 'Green list' },
    task: {
      title: 'Title',
      status: 'Status',
      leadDepartment: 'Lead department',
      responsibleLeader: 'Responsible leader',
      deadline: 'Deadline',
      daysOverdue: 'Days overdue',
      closedOn: 'Closed on',
      onTime: 'On time',
    },
    instruction: {
      task: 'Task',
      leader: 'Leader',
      givenAt: 'Given',
      text: 'Instruction',
      leadDepartment: 'Lead department',
      respondedBy: 'Answered by',
      respondedAt: 'Answered',
      response: 'Response',
      awaiting: 'Awaiting response',
      waitingDays: 'Days waited',
    },
    yes: 'Yes',
    no: 'No',
    status: EXPORT_WORDS.en.status,
  },
  'zh-CN': {
    title: (board) => `《${board}》督办通报`,
    sheets: {
      summary: '概况',
      departments: '各单位情况',
      overdue: '逾期事项',
      closed: '本期办结',
      instructions: '领导批示',
    },
    summary: {
      board: '台账',
      from: '通报期起',
      to: '通报期止',
      asOf: '统计截至',
      timeZone: '时区',
      figure: '指标',
      value: '数值',
      tasks: '督办事项',
      done: '已办结',
      inProgress: '办理中',
      awaitingSignOff: '待签收',
      inReview: '待审核',
      overdue: '逾期',
      dueSoon: '临期',
      returned: '退回（次）',
      onTimeRate: '按期办结率',
      signOffRate: '签收率',
      reportsMissing: '进展未反馈',
      createdInPeriod: '本期新增',
      closedInPeriod: '本期办结',
      closedOnTimeInPeriod: '其中按期办结',
      instructions: '本期领导批示',
      instructionsAnswered: '其中已回复',
      atPeriodEnd: '期末日期',
      endOpen: '期末未办结',
      endOverdue: '期末逾期',
      endClosed: '期末累计办结',
      endDue: '期末到期应办结',
    },
    departments: {
      department: '牵头单位',
      ranking: '榜单',
      place: '名次',
      led: '牵头事项',
      done: '已办结',
      inProgress: '办理中',
      awaitingSignOff: '待签收',
      inReview: '待审核',
      overdue: '逾期',
      furthestOverdueDays: '最长逾期（天）',
      dueSoon: '临期',
      returned: '退回',
      onTimeRate: '按期办结率',
      signOffRate: '签收率',
      reportsMissing: '进展未反馈',
      cooperating: '配合事项',
    },
    lists: { red: '红榜', yellow: '黄榜', green: '绿榜' },
    task: {
      title: '事项',
      status: '状态',
      leadDepartment: '牵头单位',
      responsibleLeader: '责任领导',
      deadline: '办理时限',
      daysOverdue: '逾期天数',
      closedOn: '办结日期',
      onTime: '按期',
    },
    instruction: {
      task: '事项',
      leader: '批示领导',
      givenAt: '批示时间',
      text: '批示内容',
      leadDepartment: '牵头单位',
      respondedBy: '回复人',
      respondedAt: '回复时间',
      response: '回复内容',
      awaiting: '待回复',
      waitingDays: '等待天数',
    },
    yes: '是',
    no: '否',
    status: EXPORT_WORDS['zh-CN'].status,
  },
};
