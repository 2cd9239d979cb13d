import { extractTargets, parseVietnameseNumber, TARGET_RULES, type TargetRule } from './target-rules';

describe('parseVietnameseNumber', () => {
  it.each([
    ['1.000', 1000],
    ['12.345.678', 12345678],
    ['500', 500],
    ['01', 1],
    ['02', 2],
  ])('reads "%s" as %i', (text, value) => {
    expect(parseVietnameseNumber(text, 'test')).toBe(value);
  });

  it.each(['1,5', '1.00', '1.0000', '', 'mười'])('refuses "%s"', (text) => {
    expect(() => parseVietnameseNumber(text, 'task X.1')).toThrow(`Cannot read the number "${text}" in task X.1`);
  });
});

describe('TARGET_RULES', () => {
  it('covers exactly the agreed tasks and metrics', () => {
    expect(TARGET_RULES.map((r) => [r.taskCode, r.metric])).toEqual([
      ['I.3', 'COMMUNICATION_SESSIONS'],
      ['I.4', 'COMMUNE_IMPLEMENTATION_PLANS'],
      ['III.2', 'LOW_EMISSION_CRITERIA_SETS'],
      ['III.3', 'RESEARCH_STUDIES'],
      ['III.4', 'SCIENCE_TECHNOLOGY_TASKS'],
      ['III.5', 'FARMERS_TRAINED'],
      ['IV.1', 'PROVINCIAL_PILOT_MODELS'],
      ['IV.2', 'COMMUNE_PILOT_MODELS'],
      ['V.4', 'ANNUAL_EMISSION_REPORTS'],
      ['VI.1', 'PRODUCTION_ZONES'],
      ['VIII.1', 'ANNUAL_IMPLEMENTATION_REPORTS'],
      ['VIII.1', 'PHASE_REVIEW_REPORTS'],
    ]);
  });

  it('gives a reason for every number not taken from the text', () => {
    for (const rule of TARGET_RULES) {
      for (const bound of [rule.min, rule.max]) {
        if (bound !== null && 'fixed' in bound) expect(bound.why).not.toBe('');
      }
    }
  });
});

describe('extractTargets', () => {
  it('returns no targets for a task without rules', () => {
    expect(extractTargets('I.1', 'Báo cáo tổng hợp các hoạt động tuyên truyền, phổ biến')).toEqual([]);
    expect(extractTargets('VII.1', null)).toEqual([]);
  });

  it('takes the numbers from the text', () => {
    expect(extractTargets('I.3', '3 – 7 cuộc tuyên truyền/năm')).toEqual([
      {
        metric: 'COMMUNICATION_SESSIONS',
        description: '3-7 communication sessions per year in every commune and ward',
        unit: 'session',
        minValue: 3,
        maxValue: 7,
        per: 'YEAR',
      },
    ]);
    expect(extractTargets('IV.2', 'Mô hình thí điểm hoàn thành (ít nhất 2 mô hình/xã, phường)')[0]).toMatchObject({
      minValue: 2,
      maxValue: null,
      description: 'At least 2 pilot models per commune or ward',
    });
    expect(extractTargets('IV.1', 'Mô hình thí điểm cấp tỉnh (02 mô hình) trên mía và cà phê')[0]).toMatchObject({
      minValue: 2,
      maxValue: 2,
      description: '2 provincial pilot models: 1 on sugarcane and 1 on coffee',
    });
  });

  it('reads both VIII.1 targets from the list, the phase length from the text', () => {
    const targets = extractTargets('VIII.1', '- Báo cáo kết quả thực hiện Đề án hàng năm\n- Báo cáo tổng kết giai đoạn 3 năm');
    expect(targets.map((t) => [t.metric, t.minValue, t.maxValue, t.per, t.description])).toEqual([
      ['ANNUAL_IMPLEMENTATION_REPORTS', 1, 1, 'YEAR', "1 report per year on the plan's implementation results"],
      ['PHASE_REVIEW_REPORTS', 1, 1, 'PHASE', '1 review report per 3-year phase'],
    ]);
  });

  it('throws when a rule does not match its task text', () => {
    expect(() => extractTargets('III.5', 'Chương trình đào tạo (khoảng 500 nông dân mỗi năm)')).toThrow(
      /^target FARMERS_TRAINED of task III\.5: rule .* does not match the expected result "Chương trình/u,
    );
  });

  it('throws when a task with rules has no expected result', () => {
    expect(() => extractTargets('VI.1', null)).toThrow('target PRODUCTION_ZONES of task VI.1: the task has no expected result to read');
  });

  it('throws when the minimum exceeds the maximum', () => {
    expect(() => extractTargets('I.3', '10-5 cuộc tuyên truyền/năm')).toThrow('target COMMUNICATION_SESSIONS of task I.3: minimum 10 exceeds maximum 5');
  });

  it('throws on malformed rules: a global regex, a missing capture group, a repeated metric', () => {
    const base: TargetRule = {
      taskCode: 'X.1',
      metric: 'THINGS',
      unit: 'thing',
      per: 'PERIOD',
      pattern: /(\d+) thứ/u,
      min: { group: 1 },
      max: null,
      describe: () => 'Things',
    };
    expect(() => extractTargets('X.1', '3 thứ', [{ ...base, pattern: /(\d+) thứ/gu }])).toThrow(/must not use the g or y flag/u);
    expect(() => extractTargets('X.1', '3 thứ', [{ ...base, min: { group: 2 } }])).toThrow(/capture group 2 did not match/u);
    expect(() => extractTargets('X.1', '3 thứ', [base, base])).toThrow(/metric defined twice/u);
  });
});
