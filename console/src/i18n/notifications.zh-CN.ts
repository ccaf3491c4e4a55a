/**
 * The notification log's texts (通知记录), Simplified Chinese. Ships with the page's chunk
 * (pages/notifications/messages.ts adds it to i18next); typed into `Catalog` (zh-CN.ts) and
 * checked against notifications.en.ts by test/e2e/i18n-catalogs.test.ts.
 */
export const notificationsZhCN = {
  intro: '发给用户和员工的短信、邮件和电话任务，以及投递状态。手机号和邮箱已脱敏。',
  filters: {
    day: '日期',
    channel: '渠道',
    type: '类型',
    customerId: '客户编号',
    customerIdPlaceholder: '按客户编号筛选（可选）',
    all: '全部',
    search: '查询',
    reset: '重置',
  },
  columns: {
    createdAt: '时间',
    channel: '渠道',
    type: '类型',
    recipient: '接收人',
    text: '内容',
    state: '状态',
    subject: '业务对象',
    actions: '操作',
  },
  channels: {
    sms: '短信',
    email: '电子邮件',
    'phone-task': '电话任务',
  },
  types: {
    'customer.suspended': '停气通知',
    'customer.restored': '复气通知',
    'survey.invitation': '满意度调查邀请',
    'ticket.emergency': '抢险派工通知',
    'ticket.deadline-warning': '工单时限预警',
    'ticket.escalated': '工单超时升级',
  },
  categories: {
    service: '服务通知',
    marketing: '营销',
    survey: '调查',
  },
  states: {
    queued: '待发送',
    held: '免打扰暂缓',
    sent: '已发送',
    failed: '发送失败',
    open: '待致电',
    done: '已完成',
  },
  heldUntil: '{{time}} 后发送',
  subjectCustomer: '客户档案',
  staff: '员工 {{username}}',
  noRecipient: '（无）',
  empty: '这一天没有通知',
  previous: '上一页',
  next: '下一页',
  complete: {
    button: '完成',
    title: '完成电话任务',
    outcome: '通话结果',
    note: '备注',
    submit: '确定',
    done: '电话任务已完成',
  },
  outcomes: {
    reached: '已联系到',
    'no-answer': '无人接听',
    'wrong-number': '号码错误',
  },
};
