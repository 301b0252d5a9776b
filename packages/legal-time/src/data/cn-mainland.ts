import type { OfficialYear } from './official.js';

/**
 * Mainland-China public holidays and adjusted working days (调休上班), 2015–2026, as arranged by
 * the State Council General Office's yearly notices (国务院办公厅关于YYYY年部分节假日安排的通知).
 *
 * Each year is transcribed by hand from the text of its notice (the page the text was read on is
 * named in the comment above the year); the datasets NateScarlet/holiday-cn and chinese-days were
 * used only to cross-check (see test/official-data.test.ts).
 *
 * Conventions:
 * - `holidays[].from..to` is the inclusive run of days off the notice states. Where a notice says
 *   "X日放假，与周末连休", the adjoining weekend days are inside the range (so 2024's 元旦 runs
 *   2023-12-30..2024-01-01). A range may start in the previous calendar year; it stays in the
 *   entry of the notice that arranges it.
 * - Where a notice says "X日放假，Y日（星期一）补休" without 与周末连休, the range is exactly
 *   X..Y (a Saturday before X that the notice does not name is a plain weekend, not in the range).
 * - `workdays` lists every weekend day the notice turns into a working day, with the holiday it is
 *   listed under in the notice.
 * - Where the State Council changed or added to a year's arrangement by a later, separate notice
 *   (2015 抗战胜利70周年纪念日, 2019 劳动节, 2020 春节), the entries reflect the final official
 *   arrangement; `notice` stays the yearly notice and the later notice is cited next to the
 *   entries it changes.
 *
 * working day = (Mon–Fri and not inside any holiday range) or listed in `workdays`.
 */
export const cnMainlandYears: readonly OfficialYear[] = [
  // 2015 — text read on http://news.hd.zhijia.com/2014/1217/73809.shtml (reprint "来源:中央人民政府网站",
  // signed 国务院办公厅 2014年12月16日) and https://www.rmzxw.com.cn/sy/jrdt/2014/12/16/419609.shtml;
  // 文号 and 成文日期 from https://cha138.com/minsu/show-2877.html and the newton.com.tw wiki page on
  // the notice (发文字号 国办发明电〔2014〕28号, 成文日期 2014年12月16日). gov.cn URL as cited by
  // NateScarlet/holiday-cn 2015.json "papers".
  {
    year: 2015,
    notice: {
      title: '国务院办公厅关于2015年部分节假日安排的通知',
      number: '国办发明电〔2014〕28号',
      date: '2014-12-16',
      url: 'https://www.gov.cn/zhengce/content/2014-12/16/content_9302.htm',
    },
    holidays: [
      { name: '元旦', from: '2015-01-01', to: '2015-01-03' },
      { name: '春节', from: '2015-02-18', to: '2015-02-24' },
      // "4月5日放假，4月6日（星期一）补休。"
      { name: '清明节', from: '2015-04-05', to: '2015-04-06' },
      // "5月1日放假，与周末连休。" (Fri)
      { name: '劳动节', from: '2015-05-01', to: '2015-05-03' },
      // "6月20日放假，6月22日（星期一）补休。"
      { name: '端午节', from: '2015-06-20', to: '2015-06-22' },
      // Separate notice: 国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知,
      // 国发明电〔2015〕1号, 国务院 2015-05-13, https://www.gov.cn/zhengce/content/2015-05/13/content_9742.htm
      // (URL as in NateScarlet/holiday-cn's fetch script PAPER_INCLUDE). Text read on
      // http://hxcmw.cn/html/2015/zhongguolvyou_0513/13.html and
      // https://wanbao.xyxww.com.cn/html/2015-05/14/content_199427.htm:
      // "9月3日至5日调休放假，共3天。其中9月3日（星期四）放假，9月4日（星期五）调休，9月6日（星期日）上班。"
      {
        name: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日',
        from: '2015-09-03',
        to: '2015-09-05',
      },
      // "9月27日放假。" (a Sunday; the notice gives no 补休)
      { name: '中秋节', from: '2015-09-27', to: '2015-09-27' },
      { name: '国庆节', from: '2015-10-01', to: '2015-10-07' },
    ],
    workdays: [
      { date: '2015-01-04', holiday: '元旦' },
      { date: '2015-02-15', holiday: '春节' },
      { date: '2015-02-28', holiday: '春节' },
      // From 国发明电〔2015〕1号 (see above).
      { date: '2015-09-06', holiday: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日' },
      { date: '2015-10-10', holiday: '国庆节' },
    ],
  },

  // 2016 — text and metadata (发文字号, 成文日期) read on the gov.cn page itself:
  // http://www.gov.cn/zhengce/content/2015-12/10/content_10394.htm
  {
    year: 2016,
    notice: {
      title: '国务院办公厅关于2016年部分节假日安排的通知',
      number: '国办发明电〔2015〕18号',
      date: '2015-12-10',
      url: 'https://www.gov.cn/zhengce/content/2015-12/10/content_10394.htm',
    },
    holidays: [
      // "1月1日放假，与周末连休。" (Fri)
      { name: '元旦', from: '2016-01-01', to: '2016-01-03' },
      { name: '春节', from: '2016-02-07', to: '2016-02-13' },
      // "4月4日放假，与周末连休。" (Mon)
      { name: '清明节', from: '2016-04-02', to: '2016-04-04' },
      // "5月1日放假，5月2日（星期一）补休。"
      { name: '劳动节', from: '2016-05-01', to: '2016-05-02' },
      { name: '端午节', from: '2016-06-09', to: '2016-06-11' },
      { name: '中秋节', from: '2016-09-15', to: '2016-09-17' },
      { name: '国庆节', from: '2016-10-01', to: '2016-10-07' },
    ],
    workdays: [
      { date: '2016-02-06', holiday: '春节' },
      { date: '2016-02-14', holiday: '春节' },
      { date: '2016-06-12', holiday: '端午节' },
      { date: '2016-09-18', holiday: '中秋节' },
      { date: '2016-10-08', holiday: '国庆节' },
      { date: '2016-10-09', holiday: '国庆节' },
    ],
  },

  // 2017 — text, 文号 and date read on
  // https://zh.wikisource.org/zh/国务院办公厅关于2017年部分节假日安排的通知 (国办发明电〔2016〕17号,
  // 2016年12月1日) and http://0351ms.com/ArticleBoard.asp?ArticleID=1900&ClassID=9 (which also gives
  // the gov.cn URL).
  {
    year: 2017,
    notice: {
      title: '国务院办公厅关于2017年部分节假日安排的通知',
      number: '国办发明电〔2016〕17号',
      date: '2016-12-01',
      url: 'https://www.gov.cn/zhengce/content/2016-12/01/content_5141603.htm',
    },
    holidays: [
      // "1月1日放假，1月2日（星期一）补休。"
      { name: '元旦', from: '2017-01-01', to: '2017-01-02' },
      { name: '春节', from: '2017-01-27', to: '2017-02-02' },
      { name: '清明节', from: '2017-04-02', to: '2017-04-04' },
      // "5月1日放假，与周末连休。" (Mon)
      { name: '劳动节', from: '2017-04-29', to: '2017-05-01' },
      { name: '端午节', from: '2017-05-28', to: '2017-05-30' },
      { name: '中秋节、国庆节', from: '2017-10-01', to: '2017-10-08' },
    ],
    workdays: [
      { date: '2017-01-22', holiday: '春节' },
      { date: '2017-02-04', holiday: '春节' },
      { date: '2017-04-01', holiday: '清明节' },
      { date: '2017-05-27', holiday: '端午节' },
      { date: '2017-09-30', holiday: '中秋节、国庆节' },
    ],
  },

  // 2018 — text, 文号 and date read on https://scgw.gov.cn/Detail.aspx?id=20171206072746664 (转载 from
  // 中国政府网, 国办发明电〔2017〕12号) and
  // https://zh.wikisource.org/zh-hans/国务院办公厅关于2018年部分节假日安排的通知 (2017年11月30日).
  {
    year: 2018,
    notice: {
      title: '国务院办公厅关于2018年部分节假日安排的通知',
      number: '国办发明电〔2017〕12号',
      date: '2017-11-30',
      url: 'https://www.gov.cn/zhengce/content/2017-11/30/content_5243579.htm',
    },
    holidays: [
      // "1月1日放假，与周末连休。" (Mon)
      { name: '元旦', from: '2017-12-30', to: '2018-01-01' },
      { name: '春节', from: '2018-02-15', to: '2018-02-21' },
      { name: '清明节', from: '2018-04-05', to: '2018-04-07' },
      { name: '劳动节', from: '2018-04-29', to: '2018-05-01' },
      // "6月18日放假，与周末连休。" (Mon)
      { name: '端午节', from: '2018-06-16', to: '2018-06-18' },
      // "9月24日放假，与周末连休。" (Mon)
      { name: '中秋节', from: '2018-09-22', to: '2018-09-24' },
      { name: '国庆节', from: '2018-10-01', to: '2018-10-07' },
    ],
    workdays: [
      { date: '2018-02-11', holiday: '春节' },
      { date: '2018-02-24', holiday: '春节' },
      { date: '2018-04-08', holiday: '清明节' },
      { date: '2018-04-28', holiday: '劳动节' },
      { date: '2018-09-29', holiday: '国庆节' },
      { date: '2018-09-30', holiday: '国庆节' },
    ],
  },

  // 2019 — text and 文号 read on http://czj.gnzrmzf.gov.cn/info/1282/12573.htm (signed
  // 国务院办公厅 2018年12月4日; gov.cn published it 2018-12-06, hence the URL's date) and
  // http://kunming.baogaosu.com/xinwen/%E5%B9%B4%E9%83%A8%E5%88%86%E8%8A%82%E5%81%87%E6%97%A5%E5%AE%89%E6%8E%92/71457160/.
  {
    year: 2019,
    notice: {
      title: '国务院办公厅关于2019年部分节假日安排的通知',
      number: '国办发明电〔2018〕15号',
      date: '2018-12-04',
      url: 'https://www.gov.cn/zhengce/content/2018-12/06/content_5346276.htm',
    },
    holidays: [
      // "2018年12月30日至2019年1月1日放假调休，共3天。"
      { name: '元旦', from: '2018-12-30', to: '2019-01-01' },
      { name: '春节', from: '2019-02-04', to: '2019-02-10' },
      // "4月5日放假，与周末连休。" (Fri)
      { name: '清明节', from: '2019-04-05', to: '2019-04-07' },
      // The yearly notice said only "5月1日放假。". Replaced by 国务院办公厅关于调整2019年劳动节假期安排的通知,
      // 国办发明电〔2019〕3号, 2019-03-22, https://www.gov.cn/zhengce/content/2019-03/22/content_5375877.htm
      // (text and 文号 read on http://m.cd.bendibao.com/news/102369.shtm and
      // http://yongzhoudao.com/news/17259.html): "2019年5月1日至4日放假调休，共4天。4月28日（星期日）、
      // 5月5日（星期日）上班。"
      { name: '劳动节', from: '2019-05-01', to: '2019-05-04' },
      // "6月7日放假，与周末连休。" (Fri)
      { name: '端午节', from: '2019-06-07', to: '2019-06-09' },
      // "9月13日放假，与周末连休。" (Fri)
      { name: '中秋节', from: '2019-09-13', to: '2019-09-15' },
      { name: '国庆节', from: '2019-10-01', to: '2019-10-07' },
    ],
    workdays: [
      // "2018年12月29日（星期六）上班。"
      { date: '2018-12-29', holiday: '元旦' },
      { date: '2019-02-02', holiday: '春节' },
      { date: '2019-02-03', holiday: '春节' },
      // From 国办发明电〔2019〕3号 (see 劳动节 above).
      { date: '2019-04-28', holiday: '劳动节' },
      { date: '2019-05-05', holiday: '劳动节' },
      { date: '2019-09-29', holiday: '国庆节' },
      { date: '2019-10-12', holiday: '国庆节' },
    ],
  },

  // 2020 — text read on http://kaixinit.com/news/3681.html and http://sh.banjia.la/news/45367.html
  // (signed 2019年11月21日); 文号 from http://gansulong.com/c/0Q25M3X2022_2.html and
  // http://m.mte-d.com/xxgk/szfyjs/fdzdgknr/gwztc_10339/tzgg_10375/202004/t1143247.shtml.
  {
    year: 2020,
    notice: {
      title: '国务院办公厅关于2020年部分节假日安排的通知',
      number: '国办发明电〔2019〕16号',
      date: '2019-11-21',
      url: 'https://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm',
    },
    holidays: [
      { name: '元旦', from: '2020-01-01', to: '2020-01-01' },
      // The yearly notice: "1月24日至30日放假调休，共7天。1月19日（星期日）、2月1日（星期六）上班。"
      // Extended by 国务院办公厅关于延长2020年春节假期的通知, 国办发明电〔2020〕1号, 2020-01-26,
      // https://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm (text and 文号 read on
      // http://news.iqilu.com/china/gedi/2020/0127/4426056.shtml): "延长2020年春节假期至2月2日（农历正月
      // 初九，星期日），2月3日（星期一）起正常上班。" So the holiday runs to 02-02 and 02-01 (Sat) is no
      // longer a working day.
      { name: '春节', from: '2020-01-24', to: '2020-02-02' },
      { name: '清明节', from: '2020-04-04', to: '2020-04-06' },
      { name: '劳动节', from: '2020-05-01', to: '2020-05-05' },
      { name: '端午节', from: '2020-06-25', to: '2020-06-27' },
      { name: '国庆节、中秋节', from: '2020-10-01', to: '2020-10-08' },
    ],
    workdays: [
      { date: '2020-01-19', holiday: '春节' },
      { date: '2020-04-26', holiday: '劳动节' },
      { date: '2020-05-09', holiday: '劳动节' },
      { date: '2020-06-28', holiday: '端午节' },
      { date: '2020-09-27', holiday: '国庆节、中秋节' },
      { date: '2020-10-10', holiday: '国庆节、中秋节' },
    ],
  },

  // 2021 — text, 文号 and date read on https://0798ci.com/law/95022.html and
  // http://www.cncaprc.cn/?c=i&a=lList_mod&myid=3&id=3366 (来源 中华人民共和国中央人民政府).
  {
    year: 2021,
    notice: {
      title: '国务院办公厅关于2021年部分节假日安排的通知',
      number: '国办发明电〔2020〕27号',
      date: '2020-11-25',
      url: 'https://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm',
    },
    holidays: [
      { name: '元旦', from: '2021-01-01', to: '2021-01-03' },
      { name: '春节', from: '2021-02-11', to: '2021-02-17' },
      { name: '清明节', from: '2021-04-03', to: '2021-04-05' },
      { name: '劳动节', from: '2021-05-01', to: '2021-05-05' },
      { name: '端午节', from: '2021-06-12', to: '2021-06-14' },
      { name: '中秋节', from: '2021-09-19', to: '2021-09-21' },
      { name: '国庆节', from: '2021-10-01', to: '2021-10-07' },
    ],
    workdays: [
      { date: '2021-02-07', holiday: '春节' },
      { date: '2021-02-20', holiday: '春节' },
      { date: '2021-04-25', holiday: '劳动节' },
      { date: '2021-05-08', holiday: '劳动节' },
      { date: '2021-09-18', holiday: '中秋节' },
      { date: '2021-09-26', holiday: '国庆节' },
      { date: '2021-10-09', holiday: '国庆节' },
    ],
  },

  // 2022 — text and metadata (成文日期 2021-10-25, 发文字号) read on
  // http://www.beijing.gov.cn/zhengce/zhengcefagui/202110/t20211026_2520500.html.
  {
    year: 2022,
    notice: {
      title: '国务院办公厅关于2022年部分节假日安排的通知',
      number: '国办发明电〔2021〕11号',
      date: '2021-10-25',
      url: 'https://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm',
    },
    holidays: [
      { name: '元旦', from: '2022-01-01', to: '2022-01-03' },
      { name: '春节', from: '2022-01-31', to: '2022-02-06' },
      { name: '清明节', from: '2022-04-03', to: '2022-04-05' },
      { name: '劳动节', from: '2022-04-30', to: '2022-05-04' },
      { name: '端午节', from: '2022-06-03', to: '2022-06-05' },
      { name: '中秋节', from: '2022-09-10', to: '2022-09-12' },
      { name: '国庆节', from: '2022-10-01', to: '2022-10-07' },
    ],
    workdays: [
      { date: '2022-01-29', holiday: '春节' },
      { date: '2022-01-30', holiday: '春节' },
      { date: '2022-04-02', holiday: '清明节' },
      { date: '2022-04-24', holiday: '劳动节' },
      { date: '2022-05-07', holiday: '劳动节' },
      { date: '2022-10-08', holiday: '国庆节' },
      { date: '2022-10-09', holiday: '国庆节' },
    ],
  },

  // 2023 — text, 文号 and date read on
  // https://zh.m.wikisource.org/zh/国务院办公厅关于2023年部分节假日安排的通知 (from 国务院公报 2023年第1号)
  // and http://fz.xmtw.org.cn/show-20778.html.
  {
    year: 2023,
    notice: {
      title: '国务院办公厅关于2023年部分节假日安排的通知',
      number: '国办发明电〔2022〕16号',
      date: '2022-12-08',
      url: 'https://www.gov.cn/zhengce/content/2022-12/08/content_5730844.htm',
    },
    holidays: [
      // "2022年12月31日至2023年1月2日放假调休，共3天。"
      { name: '元旦', from: '2022-12-31', to: '2023-01-02' },
      { name: '春节', from: '2023-01-21', to: '2023-01-27' },
      { name: '清明节', from: '2023-04-05', to: '2023-04-05' },
      { name: '劳动节', from: '2023-04-29', to: '2023-05-03' },
      { name: '端午节', from: '2023-06-22', to: '2023-06-24' },
      { name: '中秋节、国庆节', from: '2023-09-29', to: '2023-10-06' },
    ],
    workdays: [
      { date: '2023-01-28', holiday: '春节' },
      { date: '2023-01-29', holiday: '春节' },
      { date: '2023-04-23', holiday: '劳动节' },
      { date: '2023-05-06', holiday: '劳动节' },
      { date: '2023-06-25', holiday: '端午节' },
      { date: '2023-10-07', holiday: '中秋节、国庆节' },
      { date: '2023-10-08', holiday: '中秋节、国庆节' },
    ],
  },

  // 2024 — text read on
  // https://zh.wikisource.org/wiki/国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号,
  // 2023年10月25日) and http://www.xasb168.com/info/1001/1033.htm.
  {
    year: 2024,
    notice: {
      title: '国务院办公厅关于2024年部分节假日安排的通知',
      number: '国办发明电〔2023〕7号',
      date: '2023-10-25',
      url: 'https://www.gov.cn/zhengce/content/202310/content_6911527.htm',
    },
    holidays: [
      // "1月1日放假，与周末连休。" (Mon)
      { name: '元旦', from: '2023-12-30', to: '2024-01-01' },
      // 除夕 02-09 is only "鼓励…安排职工在除夕（2月9日）休息" — officially a working day.
      { name: '春节', from: '2024-02-10', to: '2024-02-17' },
      { name: '清明节', from: '2024-04-04', to: '2024-04-06' },
      { name: '劳动节', from: '2024-05-01', to: '2024-05-05' },
      // "6月10日放假，与周末连休。" (Mon)
      { name: '端午节', from: '2024-06-08', to: '2024-06-10' },
      { name: '中秋节', from: '2024-09-15', to: '2024-09-17' },
      { name: '国庆节', from: '2024-10-01', to: '2024-10-07' },
    ],
    workdays: [
      { date: '2024-02-04', holiday: '春节' },
      { date: '2024-02-18', holiday: '春节' },
      { date: '2024-04-07', holiday: '清明节' },
      { date: '2024-04-28', holiday: '劳动节' },
      { date: '2024-05-11', holiday: '劳动节' },
      { date: '2024-09-14', holiday: '中秋节' },
      { date: '2024-09-29', holiday: '国庆节' },
      { date: '2024-10-12', holiday: '国庆节' },
    ],
  },

  // 2025 — text read on
  // https://m.gmw.cn/2024-11/12/content_1303894933.htm (新华社, signed 2024年11月12日). First year
  // under the 2024 revision of 《全国年节及纪念日放假办法》.
  {
    year: 2025,
    notice: {
      title: '国务院办公厅关于2025年部分节假日安排的通知',
      number: '国办发明电〔2024〕12号',
      date: '2024-11-12',
      url: 'https://www.gov.cn/zhengce/content/202411/content_6986382.htm',
    },
    holidays: [
      // "1月1日（周三）放假1天，不调休。"
      { name: '元旦', from: '2025-01-01', to: '2025-01-01' },
      { name: '春节', from: '2025-01-28', to: '2025-02-04' },
      { name: '清明节', from: '2025-04-04', to: '2025-04-06' },
      { name: '劳动节', from: '2025-05-01', to: '2025-05-05' },
      { name: '端午节', from: '2025-05-31', to: '2025-06-02' },
      { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' },
    ],
    workdays: [
      { date: '2025-01-26', holiday: '春节' },
      { date: '2025-02-08', holiday: '春节' },
      { date: '2025-04-27', holiday: '劳动节' },
      { date: '2025-09-28', holiday: '国庆节、中秋节' },
      { date: '2025-10-11', holiday: '国庆节、中秋节' },
    ],
  },

  // 2026 — text read on
  // https://politics.gmw.cn/2025-11/04/content_38391083.htm (新华社, signed 2025年11月4日).
  // 文号: not on any gov.cn page reached. 国办发明电〔2025〕7号 is printed at the head of the full
  // text reposted on http://2cto.com.cn/forum.php?mod=viewthread&page=1&tid=1152 ("转自人社通"), and
  // several independent public repositories cite the same number, one of them with the
  // 国务院公报 2025年第32号 PDF (https://www.gov.cn/gongbao/2025/issue_12406/material/gwygb202532.pdf).
  // Secondary evidence only; re-check against the gov.cn page when it can be read.
  {
    year: 2026,
    notice: {
      title: '国务院办公厅关于2026年部分节假日安排的通知',
      number: '国办发明电〔2025〕7号',
      date: '2025-11-04',
      url: 'https://www.gov.cn/zhengce/content/202511/content_7047090.htm',
    },
    holidays: [
      { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
      { name: '春节', from: '2026-02-15', to: '2026-02-23' },
      { name: '清明节', from: '2026-04-04', to: '2026-04-06' },
      { name: '劳动节', from: '2026-05-01', to: '2026-05-05' },
      { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
      { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
      { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
    ],
    workdays: [
      { date: '2026-01-04', holiday: '元旦' },
      { date: '2026-02-14', holiday: '春节' },
      { date: '2026-02-28', holiday: '春节' },
      { date: '2026-05-09', holiday: '劳动节' },
      { date: '2026-09-20', holiday: '国庆节' },
      { date: '2026-10-10', holiday: '国庆节' },
    ],
  },
];
