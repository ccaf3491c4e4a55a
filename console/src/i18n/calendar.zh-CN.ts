/**
 * The business-calendar page's texts (工作日历), Simplified Chinese. Ships with the page's chunk
 * (pages/calendar/messages.ts adds it to i18next); checked against calendar.en.ts by
 * test/e2e/i18n-catalogs.test.ts.
 */
export const calendarZhCN = {
  intro: '法定节假日、调休上班日与工作时间：工单时限（节假日顺延、工作日、工作时间）按此日历计算。',
  year: '年份',
  official: '法定节假日来源：{{source}}',
  notOfficial: '暂无 {{year}} 年法定节假日数据：仅按周末计算',
  readOnly: '仅管理员可修改日历。',
  editHint: '点击日期可标记或取消本地节假日、调休上班日。',
  kinds: {
    holiday: '节假日',
    'makeup-working': '调休上班',
    weekend: '周末',
    working: '工作日',
  },
  badges: {
    holiday: '休',
    'makeup-working': '班',
  },
  origins: {
    official: '法定',
    local: '本地',
  },
  legend: '图例',
  today: '今天',
  dayLabel: '{{date}}，{{kind}}',
  dayLabelNamed: '{{date}}，{{kind}}：{{name}}',
  warnings: {
    'official-data-missing': '{{year}} 年法定节假日尚未发布/载入，日历暂按仅周末计算。',
    'official-data-available': '{{year}} 年法定节假日已发布，但本日历保存时尚无官方数据：请核对节假日后重新保存。',
  },
  hours: {
    title: '工作时间',
    start: '开始',
    end: '结束',
    add: '添加时段',
    remove: '删除时段 {{n}}',
    interval: '时段 {{n}}',
    invalid: '请按 HH:mm 填写，时段须按顺序且不重叠',
  },
  edit: {
    title: '{{date}}',
    kind: '类型',
    none: '普通（按星期）',
    name: '名称',
    namePlaceholder: '例如：公司成立日',
    nameRequired: '请填写名称',
    makeupWeekendOnly: '只有周六、周日可设为调休上班日',
    apply: '确定',
    cancel: '取消',
  },
  save: '保存',
  saved: '已保存 {{year}} 年日历',
  unsaved: '有未保存的修改',
  updated: '最后修改：{{time}}，{{by}}',
  neverSaved: '尚未保存：显示法定日期',
  loadFailed: '无法载入日历',
};
