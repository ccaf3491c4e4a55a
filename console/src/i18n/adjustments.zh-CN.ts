/**
 * The adjustment approvals' texts (调量审批), Simplified Chinese. Ships with the page's chunk
 * (pages/adjustments/messages.ts adds it to i18next); typed into `Catalog` (zh-CN.ts) and
 * checked against adjustments.en.ts by test/e2e/i18n-catalogs.test.ts.
 */
export const adjustmentsZhCN = {
  intro: '调量、补量须有依据并经第二人审批：提交人不能审批自己的申请。批准后气量记入表具台账，计费时采用。',
  statusFilter: '状态',
  statuses: {
    pending: '待审批',
    approved: '已批准',
    rejected: '已驳回',
  },
  kinds: {
    adjust: '调量',
    supplement: '补量',
  },
  evidenceTypes: {
    exception: '抄表异常',
    photo: '照片',
    inspection: '安检记录',
    reading: '抄表读数',
  },
  columns: {
    region: '片区',
    meter: '表具',
    volume: '气量',
    reason: '依据',
    evidence: '证据',
    proposedBy: '提交',
    status: '状态',
    actions: '操作',
  },
  volume: '{{volume}} m³',
  customerLink: '客户档案',
  decidedBy: '{{name}} 于 {{time}}',
  ownProposal: '本人提交，须由他人审批',
  empty: '没有此状态的申请',
  previous: '上一页',
  next: '下一页',
  decide: {
    button: '审批',
    title: '审批调量申请',
    summary: '{{kind}} {{volume}} m³ · 表具 {{serial}}',
    decision: '审批意见',
    approve: '批准',
    reject: '驳回',
    note: '审批说明',
    noteRequired: '请填写审批说明（至少 2 个字）',
    submit: '提交',
    approved: '已批准，气量已记入表具台账',
    rejected: '已驳回',
  },
};
