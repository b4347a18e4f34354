// The decision helper at /start/: a few plain questions, each answer a link, ending on the
// exact guide section. Static pages only, so it works without JavaScript.
import type { Carrier } from '../../schemas/index.ts';
import type { CarrierSectionId } from '../guide/sections.ts';

export interface Choice {
  label: string;
  hint?: string;
  /** Path segments of the next page, below /start/. */
  next: string[];
}

export type DecisionPage =
  | { kind: 'question'; path: string[]; question: string; choices: Choice[] }
  | {
      kind: 'result';
      path: string[];
      title: string;
      notes: { text: string; href: string; link: string }[];
      section: CarrierSectionId;
      carriers: (c: Carrier) => boolean;
    };

const leavingNotes = [
  {
    text: '出国前先把银行、支付和邮箱的两步验证改到别的号码或验证器应用。',
    href: '/topics/port-out/#what-you-need',
    link: '携号转网需要什么',
  },
];

function question(path: string[], q: string, choices: [string, string, string?][]): DecisionPage {
  return {
    kind: 'question',
    path,
    question: q,
    choices: choices.map(([label, seg, hint]) => ({ label, hint, next: [...path, seg] })),
  };
}

export function decisionPages(): DecisionPage[] {
  const pages: DecisionPage[] = [
    question([], '你想保留这个号码吗？', [
      ['要保留号码', 'keep', '转到别的运营商或 Google Voice'],
      ['不要了，注销', 'cancel', '号码会被收回'],
    ]),
  ];
  for (const goal of ['keep', 'cancel'] as const) {
    pages.push(
      question([goal], '你要离开美国吗？', [
        ['要离开美国', 'leaving'],
        ['留在美国', 'staying'],
        ['已经在国外了', 'abroad', '人已经不在美国'],
      ]),
    );
    // Already abroad: what can still be done from there, not port-out steps that assume the US.
    pages.push({
      kind: 'result',
      path: [goal, 'abroad'],
      title:
        goal === 'keep'
          ? '人在国外想保号：先看从国外还能办什么，再看你的运营商在国外的规定'
          : '人在国外想注销：先看从国外怎么联系运营商，再看注销步骤',
      notes: [
        {
          text: '哪些事能在网上办、在国外打哪个号码、能不能请在美国的人代办：',
          href: '/topics/from-abroad/',
          link: '人在国外怎么办',
        },
        ...(goal === 'keep'
          ? [
              {
                text: 'Google Voice 的转入要在美国境内提交，人在国外办不了：',
                href: '/topics/from-abroad/#google-voice-from-abroad',
                link: '为什么',
              },
              {
                text: '想转到便宜的线路，保号卡的新运营商会替你发起转出：',
                href: '/card-types/number-keeping/',
                link: '保号卡',
              },
              { text: '不付费以后号码还能留多久，按你的日期算：', href: '/deadline/', link: '号码期限' },
            ]
          : [
              {
                text: '不付费让它停也是一种办法，先算清楚哪天停机、哪天号码被收回：',
                href: '/deadline/',
                link: '号码期限',
              },
            ]),
      ],
      section: goal === 'keep' ? 'abroad' : 'cancel',
      carriers: () => true,
    });
    for (const where of ['leaving', 'staying'] as const) {
      const base = [goal, where];
      const notes = where === 'leaving' ? leavingNotes : [];
      if (goal === 'keep') {
        pages.push({
          kind: 'result',
          path: base,
          title: '先转出，再处理旧线路：选你现在的运营商，看“保留号码”一节',
          notes: [
            ...notes,
            ...(where === 'leaving'
              ? [
                  {
                    text: '人在国外也想留住号码，可以转到便宜的保号卡。',
                    href: '/card-types/number-keeping/',
                    link: '保号卡',
                  },
                ]
              : []),
            { text: '转出成功后旧线路会自动关闭，不要先注销。', href: '/topics/port-out/', link: '携号转网指南' },
          ],
          section: 'port-out',
          carriers: () => true,
        });
        continue;
      }
      pages.push(
        question(base, '这张卡是预付费还是后付费（每月账单）？', [
          ['预付费', 'prepaid', '先充值再用，没有账单'],
          ['后付费 / 每月账单', 'postpaid', '每月收到账单，可能有手机分期'],
        ]),
      );
      pages.push({
        kind: 'result',
        path: [...base, 'prepaid'],
        title: '预付费卡：选你的运营商，看“注销步骤”',
        notes: [
          ...notes,
          {
            text: '预付费卡通常可以直接不再充值，先看不付费会怎样。',
            href: '/card-types/prepaid/',
            link: '预付费卡指南',
          },
        ],
        section: 'cancel',
        carriers: (c) => c.kind === 'prepaid',
      });
      pages.push(
        question([...base, 'postpaid'], '手机还在分期付款吗？', [
          ['还在分期', 'financed'],
          ['已经付清或自己买的', 'paid'],
        ]),
      );
      for (const phone of ['financed', 'paid'] as const) {
        pages.push({
          kind: 'result',
          path: [...base, 'postpaid', phone],
          title:
            phone === 'financed'
              ? '还在分期：先看“费用与退款”，剩余设备款通常一次性到期'
              : '选你的运营商，看“注销步骤”',
          notes: [
            ...notes,
            { text: '后付费账户注销后还会有最后一期账单。', href: '/card-types/postpaid/', link: '后付费指南' },
          ],
          section: phone === 'financed' ? 'money' : 'cancel',
          carriers: (c) => c.kind === 'postpaid' || c.kind === 'monthly',
        });
      }
    }
  }
  return pages;
}

export const startPath = (path: readonly string[]) => `/start/${path.map((p) => `${p}/`).join('')}`;
