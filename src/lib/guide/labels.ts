// Chinese labels for the enums in the schema: one table, used by pages, lists and search metadata.
import type {
  CHANNELS,
  GROUPS,
  KINDS,
  NETWORKS,
  PAUSE_AVAILABILITY,
  QUESTION_THEMES,
  YES_NO,
} from '../../schemas/index.ts';

export const KIND_LABELS: Record<(typeof KINDS)[number], string> = {
  prepaid: '预付费',
  postpaid: '后付费（月结合约）',
  monthly: '按月付费，无合约',
  'virtual-number': '虚拟号码',
  'travel-esim': '旅行 eSIM',
};

export const GROUP_LABELS: Record<(typeof GROUPS)[number], string> = {
  att: 'AT&T 及其品牌',
  verizon: 'Verizon 及其品牌',
  't-mobile': 'T-Mobile 及其品牌',
  cable: '有线电视公司的手机业务',
  'multi-network': '多网络运营商',
  'virtual-number': '虚拟号码',
  'travel-esim': '旅行 eSIM',
  other: '其他（网络未查到）',
};

export const NETWORK_LABELS: Record<(typeof NETWORKS)[number], string> = {
  att: 'AT&T',
  verizon: 'Verizon',
  't-mobile': 'T-Mobile',
  'us-cellular': 'US Cellular',
};

export const CHANNEL_LABELS: Record<(typeof CHANNELS)[number], string> = {
  online: '网上',
  app: '手机应用',
  phone: '电话',
  chat: '在线客服',
  store: '门店',
  'stop-paying': '停止付费',
  'port-out': '转出到别家',
};

export const THEME_LABELS: Record<(typeof QUESTION_THEMES)[number], string> = {
  'keep-number': '保号：留住美国号码',
  'google-voice': 'Google Voice（GV）',
  cancel: '注销与离开',
  porting: '携号转网',
  money: '合约、分期和费用',
  'esim-sim': 'eSIM 和实体卡',
  codes: '验证码和虚拟号码',
  'family-plan': '家庭计划（Family Plan）',
};

export const PAUSE_LABELS: Record<(typeof PAUSE_AVAILABILITY)[number], string> = {
  everyone: '可以暂停',
  limited: '只限部分情况',
  no: '不能暂停',
  unknown: '未查到',
  'not-applicable': '不适用',
};

export const TEXTS_LABELS: Record<(typeof YES_NO)[number], string> = {
  yes: '暂停期间能收短信',
  no: '暂停期间收不到短信',
  unknown: '暂停期间能否收短信：未查到',
  'not-applicable': '不适用',
};
