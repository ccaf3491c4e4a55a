/**
 * The public survey page's texts (/s/:token, no login), Simplified Chinese. Ships with that page's
 * chunk only (pages/public-survey/messages.ts); the console's survey pages add it too, for the
 * dimension and score words. Typed into `Catalog` (zh-CN.ts) and checked against
 * survey-page.en.ts by test/e2e/i18n-catalogs.test.ts.
 */
export const surveyPageZhCN = {
  title: '满意度调查',
  intro: '感谢您使用{{company}}的服务。请花一分钟为{{about}}打分，您的意见将帮助我们改进。',
  about: {
    ticket: '我们最近为您办理的服务工单',
    'gas-on': '最近的通气服务',
    inspection: '最近的入户安全检查',
    service: '我们的服务',
  },
  expires: '请在 {{date}} 前填写。',
  hotline: '如有疑问，请拨打服务热线 {{hotline}}。',
  dimensions: {
    attitude: '服务态度',
    quality: '服务质量',
    resolution: '问题解决',
    afterSales: '售后服务',
  },
  questions: {
    attitude: '工作人员的服务态度如何？',
    quality: '服务质量如何？',
    resolution: '您的问题是否得到了解决？',
    afterSales: '售后服务如何？',
  },
  scores: {
    '1': '很不满意',
    '2': '不满意',
    '3': '一般',
    '4': '满意',
    '5': '很满意',
  },
  scale: '1 分 = 很不满意，5 分 = 很满意',
  required: '请为「{{dimension}}」打分',
  comment: '其他意见或建议（选填）',
  commentPlaceholder: '请告诉我们可以做得更好的地方',
  submit: '提交',
  submitting: '正在提交…',
  thanksTitle: '感谢您的评价！',
  thanksDetail: '您的意见已于 {{time}} 提交，我们会认真对待每一条反馈。',
  answeredTitle: '此问卷已经填写过了',
  answeredDetail: '每份问卷只能提交一次。感谢您的参与！',
  expiredTitle: '此问卷已过期',
  expiredDetail: '问卷的填写期限已过。如有意见，欢迎致电服务热线。',
  invalidTitle: '链接无效',
  invalidDetail: '此链接不完整或已损坏，请检查短信或邮件中的链接是否完整。',
  rateLimitedTitle: '请求过于频繁',
  rateLimitedDetail: '请稍候片刻再试。',
  rateLimitedWait: '请在 {{seconds}} 秒后再试。',
  failedTitle: '暂时无法打开问卷',
  failedDetail: '网络或服务暂时不可用，请稍后重试。',
  retry: '重试',
};
