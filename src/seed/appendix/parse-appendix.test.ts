import { readFileSync } from 'fs';
import { join } from 'path';
import agenciesJson from '../data/agencies.json';
import type { AgencyCatalogue, ParsedPlan, ParsedTask, TargetPer } from './appendix.types';
import { APPENDIX_ERRATA } from './errata';
import { parseAppendix } from './parse-appendix';
import { TARGET_RULES } from './target-rules';

const SOURCE = readFileSync(join(__dirname, '../data/plan-appendix-I.txt'), 'utf8');
const catalogue = agenciesJson as AgencyCatalogue;

const DAE = 'DAE';
const DOST = 'DOST';
const DOIT = 'DOIT';
const DOF = 'DOF';
const DLMEDIA = 'DLMEDIA';
const DEPTS = 'GROUP-DEPARTMENTS';
const PCS = 'GROUP-COMMUNE-PCS';
const ORGS = 'GROUP-RELATED-ORGS';

/** Replaces text that must occur exactly once, so a test edit can never silently do nothing. */
function edit(text: string, from: string, to: string): string {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`Test edit expects "${from}" once, found ${count}`);
  return text.replace(from, () => to);
}

function allTasks(plan: ParsedPlan): ParsedTask[] {
  return plan.sections.flatMap((section) => section.tasks);
}

function task(plan: ParsedPlan, code: string): ParsedTask {
  const found = allTasks(plan).find((t) => t.code === code);
  if (!found) throw new Error(`No task ${code}`);
  return found;
}

describe('parseAppendix on the real Appendix I', () => {
  const plan = parseAppendix(SOURCE, catalogue);

  it('reads the bold title without asterisks, on one line', () => {
    expect(plan.title).toBe(
      'PHÂN CÔNG TRIỂN KHAI CÁC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH SẢN XUẤT GIẢM PHÁT THẢI ' +
        'LĨNH VỰC TRỒNG TRỌT GIAI ĐOẠN 2026-2035, TẦM NHÌN ĐẾN 2050 TỈNH ĐẮK LẮK',
    );
  });

  it('has 8 sections with the expected task counts, 28 tasks in all', () => {
    expect(plan.sections.map((s) => [s.code, s.position, s.tasks.length])).toEqual([
      ['I', 1, 4],
      ['II', 2, 3],
      ['III', 3, 8],
      ['IV', 4, 2],
      ['V', 5, 4],
      ['VI', 6, 5],
      ['VII', 7, 1],
      ['VIII', 8, 1],
    ]);
    expect(allTasks(plan)).toHaveLength(28);
  });

  it('keeps the section titles verbatim', () => {
    expect(plan.sections.map((s) => s.title)).toEqual([
      'Công tác tuyên truyền, phổ biến, quán triệt, triển khai thực hiện',
      'Chuyển đổi cơ cấu cây trồng linh hoạt phù hợp với đặc điểm vùng sinh thái và trình độ canh tác của vùng',
      'Nâng cao năng lực và chuyển đổi nhận thức',
      'Xây dựng, triển khai mô hình điểm sản xuất trồng trọt phát thải thấp',
      'Thiết lập hệ thống MRV và cơ sở dữ liệu phát thải cấp tỉnh/cấp xã',
      'Kết nối chuỗi giá trị, thị trường sản phẩm phát thải thấp',
      'Tham mưu cân đối, bố trí kinh phí trình cấp có thẩm quyền để thực hiện các nội dung về sản xuất trồng trọt ' +
        'giảm phát thải trên cơ sở đề xuất của các đơn vị bảo đảm theo quy định',
      'Kiểm tra, giám sát, đánh giá, tổng kết và điều chỉnh',
    ]);
  });

  // [code, position, startYear, endYear, lead codes, coordinating codes], read off the plan text.
  const TASKS: [string, number, number, number, string[], string[]][] = [
    ['I.1', 1, 2026, 2035, [DAE, PCS], [DEPTS, ORGS]],
    ['I.2', 2, 2026, 2030, [DLMEDIA], [DEPTS, ORGS]],
    ['I.3', 3, 2026, 2035, [PCS], [DEPTS, ORGS]],
    ['I.4', 4, 2026, 2026, [PCS], [DEPTS, ORGS]],
    ['II.1', 1, 2026, 2026, [DAE, PCS], [DEPTS, PCS, ORGS]],
    ['II.2', 2, 2026, 2035, [DAE], [DEPTS, PCS, ORGS]],
    ['II.3', 3, 2026, 2035, [DAE], [DEPTS, PCS, ORGS]],
    ['III.1', 1, 2026, 2035, [DAE], [DEPTS, PCS, ORGS]],
    ['III.2', 2, 2026, 2030, [DAE], [DEPTS, PCS, ORGS]],
    ['III.3', 3, 2026, 2035, [DOST], [DEPTS, PCS, ORGS]],
    ['III.4', 4, 2026, 2035, [DOST], [DEPTS, PCS, ORGS]],
    ['III.5', 5, 2026, 2030, [DAE], [DEPTS, PCS, ORGS]],
    ['III.6', 6, 2026, 2030, [DAE, PCS], [DEPTS, ORGS]],
    ['III.7', 7, 2026, 2035, [DAE], [DEPTS, PCS, ORGS]],
    ['III.8', 8, 2026, 2035, [DAE], [DEPTS, PCS, ORGS]],
    ['IV.1', 1, 2026, 2035, [DAE], [DEPTS, PCS, ORGS]],
    ['IV.2', 2, 2026, 2035, [PCS], [ORGS]],
    ['V.1', 1, 2026, 2035, [DAE], [DEPTS, PCS, ORGS]],
    ['V.2', 2, 2026, 2035, [DAE, PCS], [DEPTS, PCS, ORGS]],
    ['V.3', 3, 2026, 2035, [DAE], [DEPTS, PCS, ORGS]],
    ['V.4', 4, 2026, 2035, [DAE], [DEPTS, PCS, ORGS]],
    ['VI.1', 1, 2026, 2035, [PCS], [DEPTS, PCS, ORGS]],
    ['VI.2', 2, 2028, 2035, [DAE], [DEPTS, PCS, ORGS]],
    ['VI.3', 3, 2028, 2035, [DOIT], [DEPTS, PCS, ORGS]],
    ['VI.4', 4, 2028, 2035, [DAE], [DEPTS, PCS, ORGS]],
    ['VI.5', 5, 2028, 2035, [DAE], [DEPTS, PCS, ORGS]],
    ['VII.1', 1, 2028, 2035, [DOF], [DEPTS, PCS, ORGS]],
    ['VIII.1', 1, 2026, 2035, [DAE], [DEPTS, PCS, ORGS]],
  ];

  it('lists exactly these 28 task codes, in plan order', () => {
    expect(allTasks(plan).map((t) => t.code)).toEqual(TASKS.map(([code]) => code));
  });

  it.each(TASKS)('task %s: position %i, %i-%i, lead %j, coordinating %j', (code, position, start, end, lead, coord) => {
    const t = task(plan, code);
    expect(t.position).toBe(position);
    expect(t.startYear).toBe(start);
    expect(t.endYear).toBe(end);
    expect(t.leadAgencyCodes).toEqual(lead);
    expect(t.coordinatingAgencyCodes).toEqual(coord);
  });

  // [task, metric, unit, min, max, per] from the expected-result column.
  const TARGETS: [string, string, string, number | null, number | null, TargetPer][] = [
    ['I.3', 'COMMUNICATION_SESSIONS', 'session', 5, 10, 'YEAR'],
    ['I.4', 'COMMUNE_IMPLEMENTATION_PLANS', 'plan', 1, 1, 'COMMUNE'],
    ['III.2', 'LOW_EMISSION_CRITERIA_SETS', 'set', 1, null, 'PERIOD'],
    ['III.3', 'RESEARCH_STUDIES', 'study', null, null, 'YEAR'],
    ['III.4', 'SCIENCE_TECHNOLOGY_TASKS', 'task', 1, null, 'PERIOD'],
    ['III.5', 'FARMERS_TRAINED', 'farmer', 500, 1000, 'YEAR'],
    ['IV.1', 'PROVINCIAL_PILOT_MODELS', 'pilot model', 2, 2, 'PERIOD'],
    ['IV.2', 'COMMUNE_PILOT_MODELS', 'pilot model', 1, null, 'COMMUNE'],
    ['V.4', 'ANNUAL_EMISSION_REPORTS', 'report', 1, 1, 'YEAR'],
    ['VI.1', 'PRODUCTION_ZONES', 'zone', 5, 10, 'PERIOD'],
    ['VIII.1', 'ANNUAL_IMPLEMENTATION_REPORTS', 'report', 1, 1, 'YEAR'],
    ['VIII.1', 'PHASE_REVIEW_REPORTS', 'report', 1, 1, 'PHASE'],
  ];

  it.each(TASKS.map(([code]) => code))('task %s has exactly the expected targets', (code) => {
    const actual = task(plan, code).targets.map((t) => [code, t.metric, t.unit, t.minValue, t.maxValue, t.per]);
    expect(actual).toEqual(TARGETS.filter(([taskCode]) => taskCode === code));
  });

  it('describes each target in a short English sentence', () => {
    expect(allTasks(plan).flatMap((t) => t.targets.map((target) => [t.code, target.description]))).toEqual([
      ['I.3', '5-10 communication sessions per year in every commune and ward'],
      ['I.4', '1 implementation plan per commune or ward'],
      ['III.2', 'At least 1 set of low-emission crop production criteria and technical procedures for the key crops'],
      ['III.3', 'Number of scientific studies applying new technology, reported each year (no threshold set)'],
      ['III.4', 'At least 1 science and technology task on low-emission crop production'],
      ['III.5', '500-1,000 farmers trained per year'],
      ['IV.1', '2 provincial pilot models: 1 on sugarcane and 1 on coffee'],
      ['IV.2', 'At least 1 pilot model per commune or ward'],
      ['V.4', '1 report per year on emissions and emission reductions, if required'],
      ['VI.1', '5-10 concentrated production zones formed'],
      ['VIII.1', "1 report per year on the plan's implementation results"],
      ['VIII.1', '1 review report per 5-year phase'],
    ]);
  });

  it('merges the I.4 row continued over the page break', () => {
    const t = task(plan, 'I.4');
    expect(t.title).toBe(
      'Ban hành Kế hoạch triển thực hiện Kế hoạch “Sản xuất giảm phát thải lĩnh vực trồng trọt giai đoạn ' +
        '2025-2035, tầm nhìn đến 2050” trên địa bàn phù hợp với điều kiện thực tiễn tại các xã, phường',
    );
    expect(t.title.endsWith('trên địa bàn phù hợp với điều kiện thực tiễn tại các xã, phường')).toBe(true);
    expect(t.coordinatingText).toBe('Các Sở, ngành, các tổ chức, cá nhân có liên quan');
  });

  it('merges the III.1 coordinating and expected-result cells continued over the page break', () => {
    const t = task(plan, 'III.1');
    expect(t.coordinatingText).toBe('Các Sở, ngành, UBND các xã, phường, các tổ chức, cá nhân có liên quan');
    expect(t.expectedResult).toBe('Báo cáo kết quả hạ tầng kỹ thuật đã được đầu tư phục vụ sản xuất trồng trọt phát thải thấp.');
  });

  it('merges III.6 over the page break and applies the "Sở Nông ng nghiệp" erratum', () => {
    const t = task(plan, 'III.6');
    expect(t.title).toBe(
      'Xây dựng bộ tài liệu chuẩn hóa, bao gồm: sổ tay kỹ thuật, tờ rơi, infographic, video hướng dẫn... ' +
        'để tuyên truyền, phổ biến phù hợp với từng vùng, từng nhóm đối tượng',
    );
    expect(t.leadText).toBe('Sở Nông nghiệp và Môi trường; UBND các xã, phường');
    expect(t.coordinatingText).toBe('Các Sở, ngành, các tổ chức, cá nhân có liên quan');
    expect(t.expectedResult).toBe('Bộ tài liệu chuẩn hóa (sổ tay kỹ thuật, tờ rơi, video hướng dẫn)');
  });

  it('drops the duplicated "liên quan" fragment merged into VI.5', () => {
    expect(task(plan, 'VI.5').coordinatingText).toBe('Các Sở, ngành, UBND các xã, phường, các tổ chức, cá nhân có liên quan');
  });

  it("keeps the cell texts as written, including the plan's own wording", () => {
    expect(task(plan, 'I.2').leadText).toBe('Báo và phát thanh, truyền hình Tỉnh');
    expect(task(plan, 'V.2').leadText).toBe('Sở Nông nghiệp và Môi trường, Ủy ban nhân các xã, phường');
    expect(task(plan, 'VI.1').leadText).toBe('Ủy ban nhân dân các xã, phường');
    expect(task(plan, 'IV.2').coordinatingText).toBe('Các tổ chức, cá nhân có liên quan');
    expect(task(plan, 'III.3').title).toContain('Đẩy mạnh ứng dụng tiên bộ khoa học kỹ thuật');
  });

  it("keeps IV.2's expected result as truncated in the source", () => {
    expect(task(plan, 'IV.2').expectedResult).toBe('Mô hình thí điểm hoàn thành (ít nhất 1 mô hình/xã, phường trên cây trồng');
  });

  it('removes the <i> tags from IV.1', () => {
    expect(task(plan, 'IV.1').title).toBe(
      'Thí điểm mô hình sản xuất trồng trọt phát thải thấp (mô hình được Bộ Nông nghiệp và Môi trường ' + 'phân công tại Quyết định số 4766/QĐ-BNNMT)',
    );
  });

  it('turns the VIII.1 <ul> into "- " lines', () => {
    expect(task(plan, 'VIII.1').expectedResult).toBe(
      '- Báo cáo kết quả thực hiện Đề án hàng năm\n' + '- Báo cáo tổng kết giai đoạn 5 năm\n' + '- Báo cáo gửi Bộ Nông nghiệp và Môi trường',
    );
  });

  it('leaves no markup in any cell', () => {
    for (const t of allTasks(plan)) {
      for (const text of [t.title, t.leadText, t.coordinatingText, t.expectedResult ?? '']) {
        expect(text).not.toMatch(/[<>]/u);
        expect(text).not.toMatch(/\*\*/u);
      }
    }
  });

  it("turns section VII's own row into the single task VII.1 with no expected result", () => {
    const section = plan.sections[6];
    expect(section.code).toBe('VII');
    const [t] = section.tasks;
    expect(t.code).toBe('VII.1');
    expect(t.title).toBe(section.title);
    expect(t.leadText).toBe('Sở Tài chính');
    expect(t.expectedResult).toBeNull();
    expect(t.targets).toEqual([]);
  });

  it('stores every text NFC-normalised with single spaces', () => {
    for (const t of allTasks(plan)) {
      for (const text of [t.title, t.leadText, t.coordinatingText]) {
        expect(text).toBe(text.normalize('NFC'));
        expect(text).not.toMatch(/\s{2,}|^\s|\s$/u);
      }
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(parseAppendix(SOURCE, catalogue))).toBe(JSON.stringify(plan));
  });

  it('does not depend on the catalogue order', () => {
    const reversed: AgencyCatalogue = { agencies: [...catalogue.agencies].reverse() };
    expect(parseAppendix(SOURCE, reversed)).toEqual(plan);
  });

  it('gives the same result for CRLF line endings and NFD-decomposed text', () => {
    expect(parseAppendix(SOURCE.replace(/\n/gu, '\r\n'), catalogue)).toEqual(plan);
    expect(parseAppendix(SOURCE.normalize('NFD'), catalogue)).toEqual(plan);
  });
});

describe('parseAppendix changes with the text', () => {
  it('takes target numbers from the text', () => {
    const text = edit(SOURCE, 'ít nhất 500-1.000 nông dân/năm', 'ít nhất 1.200-2.500 nông dân/năm');
    const [target] = task(parseAppendix(text, catalogue), 'III.5').targets;
    expect([target.minValue, target.maxValue, target.description]).toEqual([1200, 2500, '1,200-2,500 farmers trained per year']);
  });

  it('reads a single-year period as starting and ending that year', () => {
    const text = edit(SOURCE, 'liên quan\t2028 - 2035\tBáo cáo khai thác', 'liên quan\t2029\tBáo cáo khai thác');
    const t = task(parseAppendix(text, catalogue), 'VI.4');
    expect([t.startYear, t.endYear]).toEqual([2029, 2029]);
  });
});

describe('parseAppendix fails loudly', () => {
  it('on agency text it cannot resolve, naming the task', () => {
    const text = edit(SOURCE, '\tSở Công Thương\t', '\tSở Công Thương, Sở Du lịch\t');
    expect(() => parseAppendix(text, catalogue)).toThrow('Unresolved agency text in task VI.3: "Sở Công Thương, Sở Du lịch"');
  });

  it('without the III.6 erratum, on the merged "Sở Nông ng nghiệp"', () => {
    expect(() => parseAppendix(SOURCE, catalogue, { errata: [] })).toThrow(
      'Unresolved agency text in task III.6: "Sở Nông ng nghiệp và Môi trường; UBND các xã, phường"',
    );
  });

  it('without the VI.5 erratum, on the duplicated "liên quan"', () => {
    const errata = APPENDIX_ERRATA.filter((e) => e.taskCode !== 'VI.5');
    expect(() => parseAppendix(SOURCE, catalogue, { errata })).toThrow(/^Unresolved agency text in task VI\.5: ".*có liên quan liên quan"/u);
  });

  it('when an erratum no longer matches its cell', () => {
    const text = edit(SOURCE, '\tng nghiệp và Môi trường; UBND', '\tnghiệp và Môi trường; UBND');
    expect(() => parseAppendix(text, catalogue)).toThrow(/Erratum for task III\.6 \(lead\) expects "Sở Nông ng nghiệp/u);
  });

  it('when an erratum names no task', () => {
    const errata = [...APPENDIX_ERRATA, { ...APPENDIX_ERRATA[0], taskCode: 'IX.1' }];
    expect(() => parseAppendix(SOURCE, catalogue, { errata })).toThrow('Erratum for task IX.1 matched no task');
  });

  it('when a target rule no longer matches its task text', () => {
    const text = edit(SOURCE, '(02 mô hình) trên mía và cà phê', '(hai mô hình) trên mía và cà phê');
    expect(() => parseAppendix(text, catalogue)).toThrow(/target PROVINCIAL_PILOT_MODELS of task IV\.1: rule .* does not match/u);
  });

  it('when a target rule names an unknown task', () => {
    const targetRules = [...TARGET_RULES, { ...TARGET_RULES[0], taskCode: 'IX.9' }];
    expect(() => parseAppendix(SOURCE, catalogue, { targetRules })).toThrow('Target COMMUNICATION_SESSIONS names unknown task IX.9');
  });

  it('on a period it cannot read', () => {
    const text = edit(SOURCE, 'liên quan\t2028 - 2035\tBáo cáo khai thác', 'liên quan\ttừ 2028\tBáo cáo khai thác');
    expect(() => parseAppendix(text, catalogue)).toThrow(/Cannot read the period "từ 2028" in task VI\.4 \(line 54\)/u);
  });

  it('on a period that ends before it starts', () => {
    const text = edit(SOURCE, 'liên quan\t2028 - 2035\tBáo cáo khai thác', 'liên quan\t2035 - 2028\tBáo cáo khai thác');
    expect(() => parseAppendix(text, catalogue)).toThrow(/ends before it starts/u);
  });

  it('on sections out of order', () => {
    const text = edit(SOURCE, '\nIII\tNâng cao', '\nIV\tNâng cao');
    expect(() => parseAppendix(text, catalogue)).toThrow('Section IV at line 23 is out of order; expected III');
  });

  it('on task numbers out of order', () => {
    const text = edit(SOURCE, '\n3\tTuyên truyền phổ biến', '\n5\tTuyên truyền phổ biến');
    expect(() => parseAppendix(text, catalogue)).toThrow('Task I.5 at line 14 is out of order; expected number 3');
  });

  it('on a TT cell that is neither a roman numeral nor a number', () => {
    const text = edit(SOURCE, '\n4\tBan hành', '\n4a\tBan hành');
    expect(() => parseAppendix(text, catalogue)).toThrow('Unrecognised TT cell "4a" at line 15');
  });

  it('on a numbered row after a section whose own row is its task', () => {
    const text = edit(SOURCE, '\nVIII\tKiểm tra', '\n1\tKiểm tra');
    expect(() => parseAppendix(text, catalogue)).toThrow(/follows section VII, whose own row is its task/u);
  });

  it('on a task without a lead agency', () => {
    const text = edit(SOURCE, '\tSở Công Thương\t', '\t\t');
    expect(() => parseAppendix(text, catalogue)).toThrow('task VI.3 (line 53) has no lead agency');
  });

  it('on a section without tasks', () => {
    const text = SOURCE.replace(/\n1\tHàng năm tổ chức kiểm tra[^\n]*/u, '');
    expect(() => parseAppendix(text, catalogue)).toThrow('Section VIII has no tasks');
  });

  it('without a bold title', () => {
    const text = SOURCE.replace(/\*\*/gu, '');
    expect(() => parseAppendix(text, catalogue)).toThrow(/no bold/u);
  });
});
