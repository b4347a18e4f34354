// What to say on the phone, built from a carrier's data so every guide's script is the same
// tested template with the carrier's own names and words filled in.
import type { Carrier } from '../../schemas/index.ts';

export interface ScriptLine {
  en: string;
  zh: string;
}

export interface PhoneScript {
  keep: ScriptLine[];
  cancel: ScriptLine[];
  common: ScriptLine[];
  agentAsks: ScriptLine[];
  /** Asking to suspend instead of cancel; empty where the carrier offers no pause. */
  pause: ScriptLine[];
}

export function hasPhoneChannel(carrier: Carrier): boolean {
  return carrier.contacts.phones.length > 0 || carrier.contacts.dialCodes.length > 0;
}

export function phoneScript(carrier: Carrier): PhoneScript {
  return {
    keep: [
      {
        en: `Hi, I'm moving my number to another carrier. Could you give me my account number and a Number Transfer PIN?`,
        zh: `你好，我要把号码转到别的运营商。请告诉我账户号码（account number）和转网密码（Number Transfer PIN）。`,
      },
      {
        en: `Please don't cancel the line. The port will close it.`,
        zh: `请不要注销这条线路，转出完成后它会自动关闭。`,
      },
    ],
    cancel: [
      { en: `Hi, I'd like to cancel my ${carrier.name} line.`, zh: `你好，我想注销我的 ${carrier.name} 号码。` },
      { en: `The number is ... and I'm the account holder.`, zh: `号码是……，我是户主（account holder）。` },
      { en: `I don't need to keep this number.`, zh: `这个号码我不需要保留。` },
    ],
    common: [
      {
        en: `No, thank you. I'm not interested in any offers. Please go ahead.`,
        zh: `不用了，谢谢，我对任何优惠都不感兴趣，请直接办理。（对方挽留时这样说）`,
      },
      {
        en: `Will there be a final bill, a fee or a device balance? How much, and when?`,
        zh: `会有最后一期账单、手续费或者设备余款吗？多少钱，什么时候扣？`,
      },
      { en: `Can I have a confirmation number, please?`, zh: `请给我一个确认编号（confirmation number）。` },
      { en: `Could you send that to my email as well?`, zh: `能把确认信息也发到我的邮箱吗？` },
    ],
    agentAsks: [
      { en: `What's the account number / the phone number on the account?`, zh: `账户号码 / 账户上的电话号码是多少？` },
      { en: `Can you verify your PIN or passcode?`, zh: `请说一下账户 PIN 或密码。（不是转网密码）` },
      { en: `What's the billing ZIP code?`, zh: `账单地址的邮编（ZIP code）是多少？` },
      { en: `Are you the account holder? What's the name on the account?`, zh: `你是户主吗？账户上的姓名是什么？` },
      { en: `Can I ask why you're leaving?`, zh: `可以问一下为什么要走吗？（照实说即可，比如 moving abroad）` },
    ],
    pause:
      carrier.pause.available === 'everyone' || carrier.pause.available === 'limited'
        ? [
            {
              en: `I'd like to suspend my line while I'm abroad, not cancel it. What are my options?`,
              zh: `我出国期间想暂停这条线路，不是注销。有哪些办法？`,
            },
            {
              en: `How long can it stay suspended, and what will I pay each month?`,
              zh: `最长能暂停多久？每个月要付多少钱？`,
            },
            {
              en: `Will I keep my number, and can I still receive text messages?`,
              zh: `号码会保留吗？暂停期间还能收短信吗？`,
            },
            {
              en: `What happens when the suspension ends? Will billing restart automatically?`,
              zh: `暂停结束后会怎样？会自动恢复并开始收费吗？`,
            },
          ]
        : [],
  };
}
