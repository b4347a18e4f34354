// The "before you start" list. Advice, not carrier facts: it differs only by the kind of line.
import type { Carrier } from '../../schemas/index.ts';

export interface ChecklistItem {
  id: string;
  text: string;
}

export function beforeYouStart(carrier: Pick<Carrier, 'kind' | 'sim'>): ChecklistItem[] {
  const items: ChecklistItem[] = [
    {
      id: 'move-2fa',
      text: '把银行、Apple ID、Google、支付类应用的两步验证（2FA）从这个号码改到别的号码或验证器应用。号码一旦没了，验证码就收不到了。',
    },
    { id: 'backup', text: '备份通讯录、短信和语音信箱里要留的内容。' },
  ];
  if (carrier.kind === 'prepaid') {
    items.push({ id: 'auto-refill', text: '关掉自动充值（Auto-Refill / Auto Pay），并记下余额：预付费余额通常不退。' });
  } else if (carrier.kind === 'postpaid' || carrier.kind === 'monthly') {
    items.push(
      { id: 'device-balance', text: '查一下手机是否还在分期：注销后剩余设备款通常一次性到期。' },
      { id: 'autopay', text: '等最后一期账单结清后再关自动扣款（AutoPay），并留意之后是否还有扣费。' },
    );
  }
  if (carrier.kind !== 'virtual-number' && carrier.kind !== 'travel-esim') {
    items.push({ id: 'unlock', text: '要带手机出国用别的卡，先确认手机已解锁（unlocked）。' });
  }
  if (carrier.sim.esim !== false) {
    items.push({
      id: 'keep-esim',
      text: '用 eSIM 的，办完之前不要在手机上删除 eSIM：删除 eSIM 不等于注销，还可能让你收不到转网短信。',
    });
  }
  return items;
}
