import type { StandardSet } from './types';

/**
 * 五个好 — the requirement of a 先进基层党组织 (advanced grassroots Party organization), in the 2010
 * vocational-school plan's words. Organization grading awards one star per criterion met (五星级).
 *
 * @example
 * ```ts
 * import { FIVE_GOODS } from 'cxzy/campaign';
 * FIVE_GOODS.criteria.map((criterion) => criterion.label['zh-CN']);
 * // ['领导班子好', '党员队伍好', '工作机制好', '工作业绩好', '师生反映好']
 * ```
 */
export const FIVE_GOODS = {
  code: 'fiveGoods',
  label: { 'zh-CN': '五个好', en: 'Five Goods' },
  subject: 'organization',
  source: '南郊职业中学党支部深入开展创先争优活动实施方案(2010)',
  criteria: [
    {
      code: 'leadershipTeam',
      label: { 'zh-CN': '领导班子好', en: 'Good leadership team' },
      description: {
        'zh-CN': '办学方向明确,学校管理规范,严格落实学校发展规划、思路和措施,努力建设一支团结协作、求真务实、作风民主、廉洁勤政、永争一流、立场坚定的领导班子队伍。',
        en: 'A clear direction for the school and well-ordered management; the development plan carried out strictly; a united, practical, democratic, honest, ambitious and steadfast leadership team.',
      },
    },
    {
      code: 'memberTeam',
      label: { 'zh-CN': '党员队伍好', en: 'Good body of members' },
      description: {
        'zh-CN': '努力锻造一支党性坚强、富有活力、为人师表、以身作则、爱岗敬业、无私奉献、素质优良、率先垂范的党员队伍。',
        en: 'Members of firm Party spirit and vigour who set an example as teachers, love their work, give selflessly, are highly capable and lead the way.',
      },
    },
    {
      code: 'workMechanism',
      label: { 'zh-CN': '工作机制好', en: 'Good working mechanisms' },
      description: {
        'zh-CN': '严格落实上级决策,制度健全、措施到位,考核机制科学规范,工作运行流畅有序。',
        en: "Superiors' decisions carried out strictly; sound rules and measures in place; a scientific, regular assessment system; work that runs smoothly and in order.",
      },
    },
    {
      code: 'workResults',
      label: { 'zh-CN': '工作业绩好', en: 'Good work results' },
      description: {
        'zh-CN': '努力提高我校教育教学质量,规范学校管理,打造优质教育品牌。',
        en: 'Better teaching quality, well-regulated school management, and a quality educational brand.',
      },
    },
    {
      code: 'response',
      label: { 'zh-CN': '师生反映好', en: 'Good response from teachers and students' },
      description: {
        'zh-CN': '加强家校联系,取得社区党委群众的支持,广泛征求群众意见,努力提高服务质量。',
        en: 'Close ties between school and families, the support of the community Party committee and residents, wide consultation of the masses, and better service.',
      },
    },
  ],
} as const satisfies StandardSet;

/**
 * 五带头 — the requirement of an 优秀共产党员 (outstanding Party member), in the 2010
 * vocational-school plan's words.
 *
 * @example
 * ```ts
 * import { FIVE_LEADS } from 'cxzy/campaign';
 * FIVE_LEADS.criteria[0].label['zh-CN']; // '带头学习提高'
 * ```
 */
export const FIVE_LEADS = {
  code: 'fiveLeads',
  label: { 'zh-CN': '五带头', en: 'Five Leads' },
  subject: 'member',
  source: '南郊职业中学党支部深入开展创先争优活动实施方案(2010)',
  criteria: [
    {
      code: 'learning',
      label: { 'zh-CN': '带头学习提高', en: 'Lead in learning' },
      description: {
        'zh-CN': '树立终身学习的观念,坚持学以致用,践行科学发展观和先进教学理念,提高自身素质,促进自身专业化成长。',
        en: 'Keep learning throughout life and apply it; practise the Scientific Outlook on Development and advanced teaching ideas; raise one’s own quality and grow professionally.',
      },
    },
    {
      code: 'excellence',
      label: { 'zh-CN': '带头争创佳绩', en: 'Lead in achievement' },
      description: {
        'zh-CN': '热爱教育事业,具有较强事业心和责任感,敬业奉献,刻苦钻研,业务精湛,成绩一流。',
        en: 'Love education; a strong sense of mission and responsibility; dedication, hard study, professional mastery and first-class results.',
      },
    },
    {
      code: 'service',
      label: { 'zh-CN': '带头服务师生', en: 'Lead in serving teachers and students' },
      description: {
        'zh-CN': '立足本职,爱生如子,加强家校联系沟通,帮助学生解决生活困难。',
        en: 'Do one’s own job well, love students as one’s own children, keep in touch with families, and help students with hardship.',
      },
    },
    {
      code: 'discipline',
      label: { 'zh-CN': '带头遵纪守法', en: 'Lead in keeping discipline and law' },
      description: {
        'zh-CN': '执行党的各项决议,遵守法律、恪守教师职业道德规范,自觉遵守学校的各项规定制度。',
        en: "Carry out the Party's resolutions, obey the law and teachers' professional ethics, and keep the school's rules.",
      },
    },
    {
      code: 'integrity',
      label: { 'zh-CN': '带头弘扬正气', en: 'Lead in upholding integrity' },
      description: {
        'zh-CN': '积极践行社会主义核心价值体系,树立正确荣辱观,敢于同违法犯罪作斗争。',
        en: 'Practise the socialist core value system, hold a right sense of honour and shame, and dare to fight crime.',
      },
    },
  ],
} as const satisfies StandardSet;

/**
 * 五好党员 — the fuller member standard of the 2010 plan's third part ("争当五好党员").
 *
 * @example
 * ```ts
 * import { FIVE_GOOD_MEMBER } from 'cxzy/campaign';
 * FIVE_GOOD_MEMBER.criteria[4].label['zh-CN']; // '师生评价好'
 * ```
 */
export const FIVE_GOOD_MEMBER = {
  code: 'fiveGoodMember',
  label: { 'zh-CN': '五好党员', en: 'Five-Good Member' },
  subject: 'member',
  source: '学校党支部创先争优活动实施方案(2010)',
  criteria: [
    {
      code: 'politics',
      label: { 'zh-CN': '政治思想好', en: 'Good political thinking' },
      description: {
        'zh-CN': '具有坚定的共产主义理想信念和高尚的师德风范,将个人的人生价值与党的教育事业紧紧联系在一起,始终与上级党组织保持高度一致。',
        en: "Firm communist ideals and noble teaching ethics; one's life's worth bound to the Party's cause of education; always in line with the superior Party organization.",
      },
    },
    {
      code: 'competence',
      label: { 'zh-CN': '业务本领好', en: 'Good professional skill' },
      description: {
        'zh-CN': '具有渊博的知识和较高的教育教学水平,掌握一定的教育教学技能,成为教职员工的榜样。',
        en: 'Broad knowledge and a high standard of teaching, with the skills to be an example to the staff.',
      },
    },
    {
      code: 'performance',
      label: { 'zh-CN': '岗位业绩好', en: 'Good results at one’s post' },
      description: {
        'zh-CN': '认真掌握先进的教育教学理论并指导教学实践,努力站在学科发展的前沿,创造性地开展工作,在教育教学或教辅岗位上发挥骨干作用,作出优异成绩。',
        en: 'Master advanced teaching theory and apply it; stay at the front of the subject; work creatively; be a mainstay in teaching or support posts and achieve outstanding results.',
      },
    },
    {
      code: 'duties',
      label: { 'zh-CN': '履行义务好', en: 'Good fulfilment of duties' },
      description: {
        'zh-CN': '奉献意识强,模范地履行党章规定的各项义务,完成好党组织分配的工作任务。',
        en: "A strong spirit of dedication; the duties the Party Constitution sets fulfilled as a model; the Party organization's tasks done well.",
      },
    },
    {
      code: 'reputation',
      label: { 'zh-CN': '师生评价好', en: 'Good standing with teachers and students' },
      description: {
        'zh-CN': '工作作风扎实,严于律已,形象良好,在教师和学生中有较高的威信,成为师生的表率。',
        en: 'A solid style of work, self-discipline and a good image; high prestige among teachers and students, and an example to them.',
      },
    },
  ],
} as const satisfies StandardSet;

/**
 * 五个强 — the requirement of an 优秀党务工作者 (outstanding Party-affairs worker), from the 2018
 * toll-station branch plan.
 *
 * @example
 * ```ts
 * import { FIVE_STRENGTHS } from 'cxzy/campaign';
 * FIVE_STRENGTHS.criteria.map((criterion) => criterion.code);
 * // ['partySpirit', 'capability', 'innovation', 'workStyle', 'selfDiscipline']
 * ```
 */
export const FIVE_STRENGTHS = {
  code: 'fiveStrengths',
  label: { 'zh-CN': '五个强', en: 'Five Strengths' },
  subject: 'partyAffairsWorker',
  source: '农垦九三收费站党支部创先争优活动实施方案',
  criteria: [
    {
      code: 'partySpirit',
      label: { 'zh-CN': '党性观念强', en: 'Strong Party spirit' },
      description: {
        'zh-CN': '认真学习习近平新时代中国特色社会主义思想,善于运用马克思主义立场、观点、方法分析和解决实际问题,经得起各种风浪的考验。',
        en: 'Study Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era; analyse and solve real problems with the Marxist standpoint, viewpoint and method; stand firm through every test.',
      },
    },
    {
      code: 'capability',
      label: { 'zh-CN': '能力素质强', en: 'Strong capability' },
      description: {
        'zh-CN': '热爱和熟悉党务工作,模范执行党的路线方针政策,有较强的宣传教育、组织协调、群众工作能力。',
        en: "Love and know Party affairs; carry out the Party's line and policies as a model; be good at publicity and education, organization and coordination, and work with the masses.",
      },
    },
    {
      code: 'innovation',
      label: { 'zh-CN': '创新意识强', en: 'Strong spirit of innovation' },
      description: {
        'zh-CN': '解放思想、开拓创新,积极探索新形势下党务工作的方法和途径,创造性的开展。',
        en: 'Free the mind and break new ground; look for new ways of doing Party affairs in new conditions and work creatively.',
      },
    },
    {
      code: 'workStyle',
      label: { 'zh-CN': '工作作风强', en: 'Strong style of work' },
      description: {
        'zh-CN': '求真务实、脚踏实地、埋头苦干,真心实意为党员和职工群众服务,在党员和职工群众中有较高威信。',
        en: 'Seek truth and be practical, down to earth and hard-working; serve members and staff sincerely and be respected by them.',
      },
    },
    {
      code: 'selfDiscipline',
      label: { 'zh-CN': '自律意识强', en: 'Strong self-discipline' },
      description: {
        'zh-CN': '依法办事、清正廉洁、为人正派,自觉接受监督,不滥用职权,不谋求私利。',
        en: 'Act by the law; be clean, honest and upright; accept supervision; never abuse power or seek private gain.',
      },
    },
  ],
} as const satisfies StandardSet;

/**
 * 五个模范 — the requirement of a 师德标兵 (model of teaching ethics), from the school plan that
 * creates 五星级 organizations.
 *
 * @example
 * ```ts
 * import { FIVE_MODELS } from 'cxzy/campaign';
 * FIVE_MODELS.subject; // 'exemplaryTeacher'
 * ```
 */
export const FIVE_MODELS = {
  code: 'fiveModels',
  label: { 'zh-CN': '五个模范', en: 'Five Models' },
  subject: 'exemplaryTeacher',
  source: '学校党支部创先争优活动实施方案(“五星级”基层党组织、“师德标兵”)',
  criteria: [
    {
      code: 'learning',
      label: { 'zh-CN': '自觉学习的模范', en: 'A model of learning' },
      description: {
        'zh-CN': '认真学习实践科学发展观,学习新知识、新理论,不断提升自身党性修养和业务素质。',
        en: 'Study and practise the Scientific Outlook on Development, learn new knowledge and theory, and keep improving Party spirit and professional quality.',
      },
    },
    {
      code: 'ethics',
      label: { 'zh-CN': '师德修养的模范', en: 'A model of teaching ethics' },
      description: {
        'zh-CN': '自觉加强师德修养,模范遵守《中小学教师职业道德规范》,以身作则,言传身教,为人师表。',
        en: "Cultivate teaching ethics; keep the Code of Professional Ethics for Primary and Secondary School Teachers as a model; teach by word and example.",
      },
    },
    {
      code: 'teaching',
      label: { 'zh-CN': '教书育人的模范', en: 'A model of teaching and nurturing' },
      description: {
        'zh-CN': '树立先进教育理念,自觉遵循教育规律,积极推进教育创新,全面实施素质教育,不断提高教育质量。',
        en: 'Hold advanced ideas of education, follow its laws, innovate, carry out all-round quality education and keep raising its quality.',
      },
    },
    {
      code: 'service',
      label: { 'zh-CN': '服务学生的模范', en: 'A model of serving students' },
      description: {
        'zh-CN': '关心学生,尊重学生,积极为学生解难题。',
        en: 'Care for and respect students, and help them solve their problems.',
      },
    },
    {
      code: 'lawAbiding',
      label: { 'zh-CN': '遵纪守法的模范', en: 'A model of keeping discipline and law' },
      description: {
        'zh-CN': '认真贯彻执行《党章》和党组织的决议决定,对党忠诚;遵纪守法,维护稳定,坚决同不良社会风气、邪教等违纪违法行为做斗争。',
        en: "Carry out the Party Constitution and the Party organization's decisions and be loyal to the Party; keep discipline and the law, uphold stability, and fight unhealthy trends, cults and other violations.",
      },
    },
  ],
} as const satisfies StandardSet;

/**
 * 六个模范 — what members of the 2015 town middle school strive to be, alongside the two
 * responsibility documents they are scored on.
 *
 * @example
 * ```ts
 * import { SIX_MODELS } from 'cxzy/campaign';
 * SIX_MODELS.criteria[1].label['zh-CN']; // '做课改的模范'
 * ```
 */
export const SIX_MODELS = {
  code: 'sixModels',
  label: { 'zh-CN': '六个模范', en: 'Six Models' },
  subject: 'member',
  source: '同民镇中学《创新学校党建工作方式,打造党建工作亮点》(2015)',
  criteria: [
    {
      code: 'educationLaw',
      label: { 'zh-CN': '做遵守教育法规的模范', en: 'A model of keeping education law' },
      description: { 'zh-CN': '做遵守教育法规的模范。', en: 'Be a model in keeping the laws and rules of education.' },
    },
    {
      code: 'curriculumReform',
      label: { 'zh-CN': '做课改的模范', en: 'A model of curriculum reform' },
      description: { 'zh-CN': '做课改的模范。', en: 'Be a model in curriculum reform.' },
    },
    {
      code: 'research',
      label: { 'zh-CN': '做开展教育科研的模范', en: 'A model of educational research' },
      description: { 'zh-CN': '做开展教育科研的模范。', en: 'Be a model in carrying out educational research.' },
    },
    {
      code: 'learningSchool',
      label: { 'zh-CN': '做创建学习型学校的模范', en: 'A model of building a learning school' },
      description: { 'zh-CN': '做创建学习型学校的模范。', en: 'Be a model in building a learning school.' },
    },
    {
      code: 'newCurriculum',
      label: { 'zh-CN': '做开展新课程教学研究的模范', en: 'A model of new-curriculum teaching research' },
      description: {
        'zh-CN': '做开展新课程教学研究的模范。',
        en: 'Be a model in teaching research on the new curriculum.',
      },
    },
    {
      code: 'qualityEducation',
      label: { 'zh-CN': '做开展素质教育的模范', en: 'A model of quality education' },
      description: { 'zh-CN': '做开展素质教育的模范。', en: 'Be a model in all-round quality education.' },
    },
  ],
} as const satisfies StandardSet;

/**
 * 六种意识 — the six kinds of awareness the 2015 seed's members are to have.
 *
 * @example
 * ```ts
 * import { SIX_AWARENESSES } from 'cxzy/campaign';
 * SIX_AWARENESSES.criteria.map((criterion) => criterion.label['zh-CN']).join('、');
 * // '忧患意识、规范意识、质量意识、育人意识、管理意识、服务意识'
 * ```
 */
export const SIX_AWARENESSES = {
  code: 'sixAwarenesses',
  label: { 'zh-CN': '六种意识', en: 'Six Awarenesses' },
  subject: 'member',
  source: '同民镇中学《创新学校党建工作方式,打造党建工作亮点》(2015)',
  criteria: [
    {
      code: 'risk',
      label: { 'zh-CN': '忧患意识', en: 'Awareness of risk' },
      description: { 'zh-CN': '树立忧患意识。', en: 'Be mindful of hardship and risk.' },
    },
    {
      code: 'rules',
      label: { 'zh-CN': '规范意识', en: 'Awareness of rules' },
      description: { 'zh-CN': '树立规范意识。', en: 'Keep to rules and standards.' },
    },
    {
      code: 'quality',
      label: { 'zh-CN': '质量意识', en: 'Awareness of quality' },
      description: { 'zh-CN': '树立质量意识。', en: 'Care about quality.' },
    },
    {
      code: 'nurturing',
      label: { 'zh-CN': '育人意识', en: 'Awareness of nurturing' },
      description: { 'zh-CN': '树立育人意识。', en: 'Put the education of people first.' },
    },
    {
      code: 'management',
      label: { 'zh-CN': '管理意识', en: 'Awareness of management' },
      description: { 'zh-CN': '树立管理意识。', en: 'Manage well.' },
    },
    {
      code: 'service',
      label: { 'zh-CN': '服务意识', en: 'Awareness of service' },
      description: { 'zh-CN': '树立服务意识。', en: 'Be of service.' },
    },
  ],
} as const satisfies StandardSet;

/**
 * Every standard set the seeds define, keyed by code, for look-up and for listing in an app.
 *
 * @example
 * ```ts
 * import { STANDARD_SETS } from 'cxzy/campaign';
 * Object.keys(STANDARD_SETS).length; // 7
 * STANDARD_SETS.fiveStrengths.label['zh-CN']; // '五个强'
 * ```
 */
export const STANDARD_SETS = {
  fiveGoods: FIVE_GOODS,
  fiveLeads: FIVE_LEADS,
  fiveGoodMember: FIVE_GOOD_MEMBER,
  fiveStrengths: FIVE_STRENGTHS,
  fiveModels: FIVE_MODELS,
  sixModels: SIX_MODELS,
  sixAwarenesses: SIX_AWARENESSES,
} as const satisfies Readonly<Record<string, StandardSet>>;
