// [what a reader types, the guide that must come first]: every carrier's name in two spellings,
// Chinese names and task words, and Traditional-Chinese forms.
export const GOLDEN_QUERIES: [string, string][] = [
  // The big three, every way people type them
  ['tmobile', '/carriers/t-mobile/'],
  ['T-Mobile', '/carriers/t-mobile/'],
  ['T Mobile', '/carriers/t-mobile/'],
  ['TMobile', '/carriers/t-mobile/'],
  ['Sprint', '/carriers/sprint/'],
  ['att', '/carriers/att/'],
  ['AT&T', '/carriers/att/'],
  ['at and t', '/carriers/att/'],
  ['at t', '/carriers/att/'],
  ['Verizon', '/carriers/verizon/'],
  ['Verizon Wireless', '/carriers/verizon/'],
  ['vzw', '/carriers/verizon/'],
  // Every other carrier or service, two spellings each
  ['AT&T Prepaid', '/carriers/att-prepaid/'],
  ['gophone', '/carriers/att-prepaid/'],
  ['cricket', '/carriers/cricket/'],
  ['Cricket Wireless', '/carriers/cricket/'],
  ['verizon prepaid', '/carriers/verizon-prepaid/'],
  ['Verizon Wireless Prepaid', '/carriers/verizon-prepaid/'],
  ['visible', '/carriers/visible/'],
  ['Visible Wireless', '/carriers/visible/'],
  ['total wireless', '/carriers/total-wireless/'],
  ['Total by Verizon', '/carriers/total-wireless/'],
  ['straight talk', '/carriers/straight-talk/'],
  ['straighttalk', '/carriers/straight-talk/'],
  ['tracfone', '/carriers/tracfone/'],
  ['TracFone Wireless', '/carriers/tracfone/'],
  ['walmart family mobile', '/carriers/walmart-family-mobile/'],
  ['wfm', '/carriers/walmart-family-mobile/'],
  ['page plus', '/carriers/page-plus/'],
  ['pageplus', '/carriers/page-plus/'],
  ['simple mobile', '/carriers/simple-mobile/'],
  ['simplemobile', '/carriers/simple-mobile/'],
  ['t-mobile prepaid', '/carriers/t-mobile-prepaid/'],
  ['tmobile prepaid', '/carriers/t-mobile-prepaid/'],
  ['metropcs', '/carriers/metro/'],
  ['Metro by T-Mobile', '/carriers/metro/'],
  ['mint', '/carriers/mint/'],
  ['Mint Mobile', '/carriers/mint/'],
  ['us cellular', '/carriers/us-cellular/'],
  ['UScellular', '/carriers/us-cellular/'],
  ['google fi', '/carriers/google-fi/'],
  ['Project Fi', '/carriers/google-fi/'],
  ['xfinity', '/carriers/xfinity-mobile/'],
  ['Xfinity Mobile', '/carriers/xfinity-mobile/'],
  ['spectrum', '/carriers/spectrum-mobile/'],
  ['Spectrum Mobile', '/carriers/spectrum-mobile/'],
  ['consumer cellular', '/carriers/consumer-cellular/'],
  ['ConsumerCellular', '/carriers/consumer-cellular/'],
  ['boost', '/carriers/boost/'],
  ['Boost Mobile', '/carriers/boost/'],
  ['ting', '/carriers/ting/'],
  ['Ting Mobile', '/carriers/ting/'],
  ['ultra mobile', '/carriers/ultra-mobile/'],
  ['paygo', '/carriers/ultra-mobile/'],
  ['tello', '/carriers/tello/'],
  ['Tello Mobile', '/carriers/tello/'],
  ['us mobile', '/carriers/us-mobile/'],
  ['usmobile', '/carriers/us-mobile/'],
  ['red pocket', '/carriers/red-pocket/'],
  ['redpocket', '/carriers/red-pocket/'],
  ['lyca', '/carriers/lycamobile/'],
  ['Lycamobile', '/carriers/lycamobile/'],
  ['h2o', '/carriers/h2o/'],
  ['H2O Wireless', '/carriers/h2o/'],
  ['hello mobile', '/carriers/hello-mobile/'],
  ['HelloMobile', '/carriers/hello-mobile/'],
  ['good2go', '/carriers/good2go/'],
  ['good 2 go', '/carriers/good2go/'],
  ['google voice', '/carriers/google-voice/'],
  ['GV', '/carriers/google-voice/'],
  ['skype', '/carriers/skype-number/'],
  ['Skype Number', '/carriers/skype-number/'],
  ['airalo', '/carriers/airalo/'],
  ['Airalo', '/carriers/airalo/'],
  ['holafly', '/carriers/holafly/'],
  ['Holafly Plans', '/carriers/holafly/'],
  // Chinese names and task words
  ['紫卡', '/carriers/ultra-mobile/'],
  ['威瑞森', '/carriers/verizon/'],
  ['红包卡', '/carriers/red-pocket/'],
  ['GV号码', '/carriers/google-voice/'],
  ['携号转网', '/topics/port-out/'],
  ['转网', '/topics/port-out/'],
  ['转网密码', '/topics/port-out/'],
  ['保号卡', '/card-types/number-keeping/'],
  ['保号', '/card-types/number-keeping/'],
  ['预付费', '/card-types/prepaid/'],
  ['后付费', '/card-types/postpaid/'],
  ['实体卡', '/card-types/physical-sim/'],
  ['eSIM', '/card-types/esim/'],
  ['家庭计划', '/topics/family-plan/'],
  ['两步验证', '/topics/two-factor/'],
  ['解锁', '/topics/unlock/'],
  ['虚拟号', '/topics/virtual-numbers/'],
  ['诈骗', '/topics/scams/'],
  ['怎么退款', '/topics/really-cancelled/'],
  ['回国', '/topics/leaving-us/'],
  ['人在国外', '/topics/from-abroad/'],
  // Traditional Chinese
  ['攜號轉網', '/topics/port-out/'],
  ['保號卡', '/card-types/number-keeping/'],
  ['預付費', '/card-types/prepaid/'],
  ['實體卡', '/card-types/physical-sim/'],
  ['家庭計劃', '/topics/family-plan/'],
  ['兩步驗證', '/topics/two-factor/'],
  ['解鎖', '/topics/unlock/'],
];

// What readers type or paste that is not a name as written: typos of every big carrier,
// Unicode dashes and full-width letters, regional names, carriers' web addresses, phone numbers in
// several forms, dial codes. [query, the guide that must come first]
export const FORGIVING_QUERIES: [string, string][] = [
  // The cases in the issue
  ['verison', '/carriers/verizon/'],
  ['t-moblie', '/carriers/t-mobile/'],
  ['tmobil', '/carriers/t-mobile/'],
  ['8009378997', '/carriers/t-mobile/'],
  ['T\u2011Mobile', '/carriers/t-mobile/'],
  ['威訊', '/carriers/verizon/'],
  ['威讯', '/carriers/verizon/'],
  ['携号', '/topics/port-out/'],
  ['t-mobile.com', '/carriers/t-mobile/'],
  ['att.com', '/carriers/att/'],
  ['support.google.com/fi', '/carriers/google-fi/'],
  ['support.google.com/voice', '/carriers/google-voice/'],
  // Typos of the big carriers
  ['verizn', '/carriers/verizon/'],
  ['vrizon', '/carriers/verizon/'],
  ['verison prepaid', '/carriers/verizon-prepaid/'],
  ['tmoble', '/carriers/t-mobile/'],
  ['att wireles', '/carriers/att/'],
  ['cricet', '/carriers/cricket/'],
  ['crickett', '/carriers/cricket/'],
  ['mint mobil', '/carriers/mint/'],
  ['metropc', '/carriers/metro/'],
  ['visable', '/carriers/visible/'],
  ['xfinty', '/carriers/xfinity-mobile/'],
  ['googel voice', '/carriers/google-voice/'],
  ['gogle fi', '/carriers/google-fi/'],
  ['straigt talk', '/carriers/straight-talk/'],
  ['tracphone', '/carriers/tracfone/'],
  ['us celular', '/carriers/us-cellular/'],
  ['lycamobil', '/carriers/lycamobile/'],
  ['consumer celular', '/carriers/consumer-cellular/'],
  ['hello', '/carriers/hello-mobile/'],
  ['tello', '/carriers/tello/'],
  // Dashes, widths and case
  ['T–Mobile', '/carriers/t-mobile/'],
  ['Ｔ－Ｍｏｂｉｌｅ', '/carriers/t-mobile/'],
  ['T\u2010Mobile Prepaid', '/carriers/t-mobile-prepaid/'],
  ['ＡＴ＆Ｔ', '/carriers/att/'],
  // Regional and Traditional names
  ['威瑞森無線', '/carriers/verizon/'],
  ['史普陵特', '/carriers/sprint/'],
  ['美國電話電報', '/carriers/att/'],
  ['攜號', '/topics/port-out/'],
  // Web addresses
  ['https://www.t-mobile.com/support/account/cancel-service', '/carriers/t-mobile/'],
  ['www.att.com/prepaid/', '/carriers/att-prepaid/'],
  ['verizon.com', '/carriers/verizon/'],
  ['mintmobile.com', '/carriers/mint/'],
  ['cricketwireless.com', '/carriers/cricket/'],
  ['tello.com', '/carriers/tello/'],
  // Numbers in several forms, dial codes
  ['800-937-8997', '/carriers/t-mobile/'],
  ['(800) 937-8997', '/carriers/t-mobile/'],
  ['+1 800 937 8997', '/carriers/t-mobile/'],
  ['1.800.937.8997', '/carriers/t-mobile/'],
  ['1-800-CRICKET', '/carriers/cricket/'],
  ['18002742538', '/carriers/cricket/'],
  ['*PORT', '/carriers/att/'],
  ['#PORT', '/carriers/verizon/'],
  ['*611', '/carriers/metro/'],
  // Ended services stay findable by their names, typos included
  ['ctexcel', '/carriers/ctexcel/'],
  ['ctexcell', '/carriers/ctexcel/'],
  ['中国联通美洲', '/carriers/cuniq/'],
  // Guides added later, picked up from their frontmatter
  ['textnwo', '/carriers/textnow/'],
  ['pure talk', '/carriers/puretalk/'],
];

/** Near misses that fit several guides equally: the suggestion must name exactly these. */
export const SUGGESTION_QUERIES: [string, string[]][] = [
  ['google', ['/carriers/google-fi/', '/carriers/google-voice/']],
  ['support.google.com', ['/carriers/google-fi/', '/carriers/google-voice/']],
];

/** Numbers several guides list: each of these (and any other guide that lists it) must be shown. */
export const SHARED_NUMBERS: [string, string[]][] = [
  ['8009378997', ['/carriers/t-mobile/', '/carriers/t-mobile-prepaid/']],
  [
    '611',
    [
      '/carriers/att/',
      '/carriers/cricket/',
      '/carriers/t-mobile/',
      '/carriers/t-mobile-prepaid/',
      '/carriers/ultra-mobile/',
    ],
  ],
];

/**
 * A carrier and a task: the query opens that section of the carrier's guide, answered from the search
 * data (content/search-tasks.yaml). [query, the section that must come first]
 */
export const TASK_QUERIES: [string, string][] = [
  // The cases in issue #23
  ['verizon 暂停', '/carriers/verizon/#pause'],
  ['AT&T 违约金', '/carriers/att/#money'],
  ['T-Mobile 转网密码', '/carriers/t-mobile/#port-out'],
  ['cricket 不交钱', '/carriers/cricket/#stop-paying'],
  ['mint 退款', '/carriers/mint/#money'],
  ['verizon 注销', '/carriers/verizon/#cancel'],
  // Other carriers, tasks and ways of typing them
  ['verizon注销', '/carriers/verizon/#cancel'],
  ['us mobile 怎么注销', '/carriers/us-mobile/#cancel'],
  ['visible cancel', '/carriers/visible/#cancel'],
  ['Straight Talk 转出', '/carriers/straight-talk/#port-out'],
  ['metro pin', '/carriers/metro/#port-out'],
  ['att 客服电话', '/carriers/att/#phone-script'],
  ['boost 欠费', '/carriers/boost/#stop-paying'],
  ['tello 出国', '/carriers/tello/#abroad'],
  ['google fi 漫游', '/carriers/google-fi/#abroad'],
  ['T-Mobile refund', '/carriers/t-mobile/#money'],
  ['紫卡 停机', '/carriers/ultra-mobile/#pause'],
  // Typos, Traditional characters and regional words
  ['verison 暫停', '/carriers/verizon/#pause'],
  ['威瑞森 註銷', '/carriers/verizon/#cancel'],
  ['Verizon 攜碼', '/carriers/verizon/#port-out'],
  ['AT&T 退租', '/carriers/att/#cancel'],
];

/**
 * What readers in Taiwan and Hong Kong type (content/terms.yaml maps their words to the site's), from
 * the term research's golden set: [query, the page that must come first]. // region: terms it needs
 */
export const REGIONAL_QUERIES: [string, string][] = [
  ['攜號轉台', '/topics/port-out/'], // hk: port-number
  ['門號 攜碼', '/topics/port-out/'], // tw: phone-number, port-number
  ['號碼可攜', '/topics/port-out/'], // tw: port-number
  ['先攜碼再退租', '/topics/port-out/'], // tw: port-number, cancel-line
  ['攜碼 要多久', '/topics/port-out/'], // tw: port-number
  ['攜碼 密碼', '/topics/port-out/'], // tw: port-number, transfer-pin
  ['轉台 密碼 賬戶號碼', '/topics/port-out/'], // hk: switch-carrier, transfer-pin, account-number
  ['月租型 門號 退租', '/card-types/postpaid/'], // tw: postpaid, phone-number, cancel-line
  ['月費計劃 上台 終止服務', '/card-types/postpaid/'], // hk: postpaid, contract, cancel-line
  ['違約金 解約', '/card-types/postpaid/'], // tw: early-termination-fee, terminate-contract
  ['手機分期 一次付清', '/card-types/postpaid/'], // tw: device-instalment
  ['預付卡 退租', '/card-types/prepaid/'], // tw: prepaid, cancel-line
  ['儲值卡 唔增值 號碼', '/card-types/prepaid/'], // hk: prepaid, top-up, phone-number
  ['預付卡 緩衝期 門號', '/card-types/prepaid/'], // tw: prepaid, grace-period, phone-number
  ['預付卡 餘額 退費', '/card-types/prepaid/'], // tw: prepaid, balance, refund
  ['養門號 最便宜', '/card-types/number-keeping/'], // tw: number-keeping
  ['保號 儲值卡', '/card-types/number-keeping/'], // hk: number-keeping, prepaid
  ['刪除 eSIM 會退租嗎', '/card-types/esim/'], // tw: esim, cancel-line
  ['美版 iPhone 只有 eSIM', '/card-types/esim/'], // tw: esim
  ['實體SIM卡 丟掉', '/card-types/physical-sim/'], // tw: physical-sim
  ['智能卡 PUK 鎖咗', '/card-types/physical-sim/'], // hk: sim-card, unlock
  ['手機解鎖 出國', '/topics/unlock/'], // tw: unlock, mobile-phone
  ['自動扣繳 取消', '/topics/really-cancelled/'], // tw: autopay
  ['欠費 催收 信用紀錄', '/topics/really-cancelled/'], // tw: unpaid, collections, credit-record
  ['家庭方案 不是申辦人 帶走門號', '/topics/family-plan/'], // tw: family-plan, account-holder, phone-number
  ['家庭計劃 機主 聯絡唔到', '/topics/family-plan/'], // hk: family-plan, account-holder
  ['門號過戶', '/topics/family-plan/'], // tw: change-of-responsibility, phone-number
  ['轉名 號碼', '/topics/family-plan/'], // hk: change-of-responsibility
  ['國外 打客服專線', '/topics/from-abroad/'], // tw: hotline
  ['Wi-Fi 通話 收簡訊', '/topics/from-abroad/'], // tw: wifi-calling, sms
  ['請人在美國代辦', '/topics/from-abroad/'], // tw: authorised-user
  ['兩步驟驗證 換門號', '/topics/two-factor/'], // tw: two-step-verification, phone-number
  ['雙重認證 銀行 短訊', '/topics/two-factor/'], // hk: two-step-verification, sms
  ['網路電話 銀行 不收', '/topics/virtual-numbers/'], // tw: voip
  ['虛擬行動網路業者 虛擬號碼', '/topics/virtual-numbers/'], // tw: mvno, virtual-number
  ['SIM卡交換詐騙', '/topics/scams/'], // tw: sim-swap, scam
  ['假客服 要驗證碼', '/topics/scams/'], // tw: fake-support, verification-code
  ['電話號碼 被盜 騙案', '/topics/scams/'], // hk: phone-number, scam
  ['AT&T 月租型 退租', '/carriers/att/'], // tw: postpaid, cancel-line
  ['Verizon 攜碼 帳戶號碼', '/carriers/verizon/'], // tw: port-number, account-number
  ['威訊 暫停通話', '/carriers/verizon/'], // tw: suspend-line
  ['T-Mobile 語音信箱 退租', '/carriers/t-mobile/'], // tw: voicemail, cancel-line
  ['T-Mobile 客服專線', '/carriers/t-mobile/'], // tw: hotline
  ['Ultra 紫卡 儲值 保號', '/carriers/ultra-mobile/'], // tw: top-up, number-keeping
  ['Mint 預付卡 關閉自動儲值', '/carriers/mint/'], // tw: prepaid, auto-renew
  ['Google Voice 門號 回收', '/carriers/google-voice/'], // tw: phone-number, number-closed
  ['Tello 增值 保號', '/carriers/tello/'], // hk: top-up, number-keeping
  ['Skype 號碼 取消', '/carriers/skype-number/'], // tw: cancel-line
  ['代辦 退租 賣保號卡', '/topics/scams/'], // tw: cancel-line, number-keeping
];

/**
 * Regional queries from the same research whose expected page does not come first today (checked
 * 2026-12-07): the words are mapped, the ranking differs. Not asserted; kept so they are not lost.
 */
export const REGIONAL_MISSES: [string, string][] = [
  ['門號回收 多久 給別人', '/topics/port-out/'], // the questions page comes first, port-out second; tw: number-closed
  ['攜號轉台 Google Voice', '/topics/port-out/'], // opens the Google Voice guide at its port-out section instead (a carrier and a task); hk: port-number
  ['提早終止合約費用', '/card-types/postpaid/'], // the postpaid-to-prepaid situation guide comes first, postpaid second; hk: early-termination-fee
  ['自動轉賬 不等於 取消', '/card-types/postpaid/'], // really-cancelled comes first (it has the autopay section too); hk: autopay, cancel-line
  ['最後一期帳單', '/topics/really-cancelled/'], // postpaid comes first, really-cancelled third; tw: bill
  ['月結單 退租後 仲收費', '/topics/really-cancelled/'], // nothing: Cantonese 仲 (still) is in no page; hk: bill, cancel-line
  ['人在台灣 退租 美國門號', '/topics/from-abroad/'], // Ting comes first; tw: cancel-line, phone-number
  ['簡訊 驗證碼 收不到', '/topics/from-abroad/'], // two-factor comes first; tw: sms, verification-code
  ['國際漫遊 費用', '/topics/from-abroad/'], // the new roaming-bill situation guide comes first; tw: roaming
  ['回台灣前 美國門號 要不要留', '/topics/leaving-us/'], // Ting comes first; tw: phone-number, number-keeping
  ['T-Mobile 儲值卡 停話', '/carriers/t-mobile-prepaid/'], // T-Mobile comes first, T-Mobile Prepaid second (儲值卡 → 预付费 is not read as the name T-Mobile Prepaid); hk: prepaid, suspended-unpaid
];

// Situations readers arrive with, typed as readers wrote them in the reports the situation guides answer: the
// guide whose headings name the situation must be among the first three results.
export const SITUATION_QUERIES: [string, string][] = [
  ['去世 家人 手机账户 违约金', '/topics/account-holder-died/'],
  ['父亲去世 手机号 能保留吗', '/topics/account-holder-died/'],
  ['亲人过世 注销手机号', '/topics/account-holder-died/'],
  ['离职 公司付费的手机号 能带走吗', '/topics/work-line/'],
  ['公司的手机号 离职 转到个人', '/topics/work-line/'],
  ['公司付费 手机号 转个人', '/topics/work-line/'],
  ['T-Mobile 月付 改 预付 保号', '/topics/postpaid-to-prepaid/'],
  ['后付费 转 预付费 号码不变', '/topics/postpaid-to-prepaid/'],
  ['月付改预付 保号', '/topics/postpaid-to-prepaid/'],
  ['iPhone 没有卡槽 怎么把号码转过去', '/topics/new-phone-esim/'],
  ['换手机 eSIM 转移 失败', '/topics/new-phone-esim/'],
  ['两部手机都没信号', '/topics/new-phone-esim/'],
  ['邮轮上 手机 漫游费', '/topics/roaming-bill/'],
  ['飞行模式 还被收漫游费', '/topics/roaming-bill/'],
  ['出国 账单 几百美元', '/topics/roaming-bill/'],
  ['运营商 不给注销 投诉', '/topics/complaints/'],
  ['注销了还在扣费 投诉 FCC', '/topics/complaints/'],
  ['催收 手机 欠费 投诉', '/topics/complaints/'],
];
