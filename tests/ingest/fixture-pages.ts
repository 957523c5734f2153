/**
 * What a careful reader finds in each saved page (tests/fixtures/pages, origins in SOURCES.md),
 * written from the page source: its title, date and language as the page's metadata gives them,
 * paragraphs of the article that must come through whole, and page furniture (navigation,
 * related links, ads, comments, cookie code, footers) that must not.
 */
export interface FixturePage {
  name: string;
  title: string;
  publishedAt: string | undefined;
  lang: string;
  siteName: string;
  canonicalUrl: string;
  /** Whole paragraphs of the article, in order. */
  paragraphs: string[];
  /** Text on the page that is not the article. */
  furniture: string[];
}

export const FIXTURE_PAGES: FixturePage[] = [
  {
    name: "cnn-arabic-syria",
    title: "معارضون يسيطرون على مخازن للصواريخ بريف دمشق",
    // The page gives its date only in the body ("الأحد، 04 آب/اغسطس 2013"), in no metadata.
    publishedAt: undefined,
    lang: "ar",
    siteName: "CNNArabic",
    canonicalUrl: "http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html",
    paragraphs: [
      "وقال المرصد السوري لحقوق الإنسان، وهو هيئة معارضة مقرها لندن، إن مقاتلين من لواء الاسلام - جبهة النصرة- كتيبة التوحيد- قوات المغاوير - كتائب شهداء القلمون، وعدة كتائب أخرى، سيطروا على ثلاثة مستودعات للذخيرة بالقرب من بلدة قلدون في منطقة القلمون بريف دمشق.",
      'وفي محافظة الحسكة شمال شرقي البلاد، أفاد المرصد عن اشتباكات دارت بعد منتصف ليل الجمعة - السبت، في محيط بلدة تل حلف قرب مدينة رأس العين بين و"حدات حماية الشعب" الكردية، ومقاتلي ما يعرف بـ"الدولة الإسلامية في العراق والشام" وجبهة النصرة وبعض الكتائب المقاتلة من طرف آخر.',
      'وشدد الائتلاف على "ضرورة الابتعاد عن الأعمال الاستفزازية بكافة أشكالها، ويحذر كل من يستغل المرحلة الراهنة لتطبيق أجندات سياسية، وترك القرار للشعب السوري الحر ليختار مصيره بملء إرادته" في بيان يأتي بالترافق مع الحديث عن كون تلك المواجهات مقدمة لولادة حكومة تدير المناطق التي يقطنها الأكراد في سوريا بشكل مستقل.',
    ],
    furniture: [
      "السودان: السعودية تمنع مرور طائرة البشير بأجوائها", // most-read links
      "شيخ الأزهر يحفظ طلب إقالة القرضاوي",
      "CNN en Español", // edition menu
      "من نحن؟", // footer
      // Not listed: the comment-policy note after the last paragraph ("ترحب شبكة CNN بالنقاش…") sits in
      // the article's own container with no class that marks it, and reader view keeps it (the editor
      // deletes it at review).
      "Turner Broadcasting",
      "cnnDocDomain", // inline script
    ],
  },
  {
    name: "bbc-obama-guns",
    title: "Obama admits US gun laws are his 'biggest frustration'",
    publishedAt: "2015-07-24", // JSON-LD datePublished 2015-07-24T05:36:09+01:00
    lang: "en",
    siteName: "BBC News",
    canonicalUrl: "http://www.bbc.com/news/world-us-canada-33646704",
    paragraphs: [
      "He vowed to keep trying, but the BBC's North America editor Jon Sopel said the president did not sound very confident.",
      "However, Mr Obama said race relations had improved during his presidency.",
      "Mr Obama will become the first US president to address the African Union when he travels on to Ethiopia on Sunday.",
    ],
    furniture: [
      "Skip to content",
      "US cinema gunman 'had violent past'", // related stories
      "WWE terminates Hulk Hogan",
      "Recommended by Outbrain",
      "Medicare Supplement Plans", // ads
      "Get news alerts",
      "bbccookies", // cookie-consent script
      "Terms of Use",
    ],
  },
  {
    name: "telegraph-mugabe",
    title: "Zimbabwe coup: Robert Mugabe and wife Grace 'insisting he finishes his term', as priest steps in to mediate",
    publishedAt: "2017-11-16", // microdata <meta itemprop="datePublished" content="2017-11-16T14:15+0000">
    lang: "en-GB",
    siteName: "The Telegraph",
    canonicalUrl: "http://www.telegraph.co.uk/news/2017/11/16/zimbabwes-robert-mugabe-wife-grace-insisting-finishes-term-priest/",
    paragraphs: [
      'Zimbabwe President Robert Mugabe, his wife Grace and two key figures from her G40 political faction are under house arrest at Mugabe\'s "Blue House" compound in Harare and are insisting the 93 year-old finishes his presidential term, a source said.',
    ],
    furniture: [
      "Show comments", // comments block
      "commenting policy",
      "Gin really does make you more tearful", // most-viewed box
      "Fantasy Football", // navigation
      "Terms and Conditions",
    ],
  },
];
