/**
 * Simplified Chinese, the console's default language. Every string the console shows lives here
 * and in en.ts under the same keys (the type of en.ts is derived from this object, so a missing or
 * extra key does not compile). Pages add their own section.
 */
import type { customersZhCN } from './customers.zh-CN.ts';

export const zhCN = {
  app: {
    name: '燃气客服平台',
    shortName: '燃气客服',
    skipToContent: '跳到主要内容',
    loading: '加载中…',
    language: '语言',
    openMenu: '打开导航菜单',
    navigation: '主导航',
    pageFailed: '页面加载失败，可能是系统刚刚更新。',
    reload: '重新加载',
  },
  auth: {
    title: '登录',
    subtitle: '城市燃气客户服务工作台',
    tenant: '公司代码',
    tenantHint: '由系统管理员提供，例如 demo',
    username: '用户名',
    password: '密码',
    submit: '登录',
    submitting: '正在登录…',
    required: {
      tenant: '请输入公司代码',
      username: '请输入用户名',
      password: '请输入密码',
    },
    invalid: '公司代码、用户名或密码错误。',
    locked: '登录失败次数过多，请在 {{minutes}} 分钟后重试。',
    sessionExpired: '会话已过期，请重新登录。',
    loggedOut: '您已安全退出。',
    logout: '退出登录',
    signedInAs: '当前用户：{{name}}',
  },
  roles: {
    admin: '系统管理员',
    manager: '片区经理',
    dispatcher: '调度员',
    agent: '坐席',
    field: '外勤人员',
  },
  nav: {
    dashboard: '工作台',
    customers: '客户档案',
    customerNew: '新建客户',
    customerEdit: '编辑客户档案',
    customer: '客户档案',
    customerImport: '客户导入',
    regions: '片区',
    jobs: '定时任务',
    account: '我的账户',
  },
  region: {
    selector: '片区范围',
    allMine: '我的全部片区',
    all: '全部片区',
  },
  dashboard: {
    asOf: '数据截至 {{time}}',
    refresh: '刷新',
    scope: '范围：{{scope}}',
    kpi: {
      customers: '用户总数',
      gasOnShare: '通气率',
      gasOnDetail: '已通气 {{households}} 户',
      specialCare: '特殊关爱户',
      specialCareDetail: '残、障、孤、老',
      meters: '燃气表',
    },
    charts: {
      byClass: '各类用户',
      metersByAge: '表龄分布',
      byRegion: '各片区用户',
      customersSeries: '用户数',
      specialCareSeries: '特殊关爱户',
      metersSeries: '燃气表数',
      years: '{{range}} 年',
      ageAxis: '表龄（年）',
      description: '{{title}}：{{items}}。',
    },
    classes: {
      residential: '居民',
      commercial: '商业',
      'public-welfare': '公福',
      industrial: '工业',
    },
    archiveEmpty: {
      title: '暂无档案统计',
      detail: '档案统计由夜间任务「档案统计」生成，任务首次运行后即在此显示。',
    },
    sections: {
      tickets: {
        title: '未结工单（按时限风险）',
        empty: '工单功能上线后，这里将显示未结工单的时限风险分布。',
        onTrack: '正常',
        atRisk: '临近超时',
        breached: '已超时',
        open: '未结 {{count}} 件',
      },
      emergencies: {
        title: '今日抢险',
        empty: '工单功能上线后，这里将显示今日的报警抢险情况。',
        total: '今日报警',
        open: '处理中',
        onSiteInTime: '按时到场',
      },
      readCycles: {
        title: '抄表进度',
        empty: '抄表功能上线后，这里将显示进行中抄表周期的抄见率。',
        progress: '{{name}}：已抄 {{read}} / {{due}}',
        target: '目标 {{target}}',
      },
      inspections: {
        title: '待安检',
        empty: '安检功能上线后，这里将显示本月应检和逾期的安检数量。',
        dueThisMonth: '本月应检',
        overdue: '已逾期',
      },
      satisfaction: {
        title: '满意度趋势',
        empty: '满意度回访上线后，这里将显示各期满意度得分的趋势。',
        score: '满意度',
      },
    },
    loadFailed: '工作台数据加载失败',
  },
  jobs: {
    intro: '定时任务按计划自动运行；管理员也可以立即运行一次。',
    job: '任务',
    schedule: '计划',
    lastRun: '最近一次运行',
    actions: '操作',
    never: '尚未运行',
    runNow: '立即运行',
    runNowFor: '立即运行：{{job}}',
    progress: '{{job}} 运行进度',
    progressText: '已处理 {{done}}',
    progressOf: '已处理 {{done}} / {{total}}',
    started: '已开始运行 {{job}}',
    succeeded: '{{job}} 运行成功',
    failed: '{{job}} 运行失败：{{error}}',
    empty: '还没有定时任务。各业务功能上线时会登记自己的任务。',
    asOf: '业务时间 {{time}}',
    finishedAt: '完成于 {{time}}',
    states: {
      queued: '排队中',
      running: '运行中',
      succeeded: '成功',
      failed: '失败',
    },
    names: {
      'archive-stats': '档案统计',
    },
    summaries: {
      'archive-stats': '每晚按片区统计档案：各类用户、账户状态、特殊关爱户、燃气表类型与表龄',
    },
  },
  regions: {
    intro: '片区与营业厅是片区经理的管理范围。',
    id: '编号',
    name: '名称',
    kind: '类型',
    kinds: {
      region: '片区',
      'business-hall': '营业厅',
    },
    create: '新建片区',
    created: '已创建片区 {{name}}',
    idHint: '字母、数字和连字符，例如 r-east',
    idInvalid: '只能包含字母、数字和连字符，最多 32 个字符',
    taken: '编号 {{id}} 已被使用',
    required: '必填',
    empty: '暂无片区',
  },
  account: {
    name: '姓名',
    username: '用户名',
    tenant: '公司代码',
    roles: '角色',
    regions: '可见片区',
    allRegions: '全部片区',
    timeZone: '公司时区',
    sessionExpires: '本次登录有效至',
    language: '界面语言',
  },
  errors: {
    forbiddenTitle: '无权访问',
    forbidden: '您的角色不能访问此页面。',
    notFoundTitle: '页面不存在',
    notFound: '您访问的页面不存在或已被移动。',
    backHome: '返回工作台',
    network: '无法连接服务器，请检查网络后重试。',
    generic: '操作失败：{{detail}}',
    retry: '重试',
  },
  common: {
    cancel: '取消',
    save: '保存',
    close: '关闭',
    none: '无',
  },
};

export type Messages = DeepStrings<typeof zhCN>;

/**
 * Everything `t()` may be asked for: this catalog and the sections that load with their pages'
 * chunks (customers.zh-CN.ts), so a key of either is checked the same way.
 */
export type Catalog = typeof zhCN & { customers: typeof customersZhCN };

export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
