// Section ids the page templates add themselves. They are part of every shared link, so they
// are fixed here once and content may not reuse them.

export const CARRIER_SECTIONS = {
  'at-a-glance': '一眼看懂',
  ended: '已停止服务',
  decide: '先决定：保号还是放弃',
  'before-you-start': '开始之前',
  cancel: '注销步骤',
  'port-out': '保留号码：转出（携号转网）',
  'phone-script': '电话里怎么说',
  money: '费用与退款',
  'stop-paying': '如果直接不付费',
  pause: '暂停线路（不注销）',
  abroad: '人在国外：长期使用和收短信',
  'keep-number': '最便宜的保号方式',
  notes: '补充说明',
  faq: '常见问题',
  sources: '来源',
} as const;
export type CarrierSectionId = keyof typeof CARRIER_SECTIONS;

export const GUIDE_SECTIONS = {
  carriers: '这类卡的运营商',
  faq: '常见问题',
  sources: '来源',
} as const;

/** Sub-headings of the generated phone script. */
export const SCRIPT_IDS = ['script-keep', 'script-cancel', 'script-both', 'script-agent', 'script-pause'] as const;

export const CARRIER_SECTION_IDS = [...Object.keys(CARRIER_SECTIONS), ...SCRIPT_IDS];
export const GUIDE_SECTION_IDS = Object.keys(GUIDE_SECTIONS);
