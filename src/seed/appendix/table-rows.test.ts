import { cleanCell, splitAppendixTable } from './table-rows';

const HEADER = 'TT\tNhiệm vụ thực hiện\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện\tKết quả dự kiến';

function lines(...rows: string[]): string {
  return rows.join('\n');
}

describe('cleanCell', () => {
  it('strips inline tags, collapses whitespace and trims', () => {
    expect(cleanCell('  Thí điểm  (<i>mô hình\u00A0được</i>)\u200B ', 'x')).toBe('Thí điểm (mô hình được)');
  });

  it('turns <br> into a space', () => {
    expect(cleanCell('Sở Tài chính<br/>Sở Công Thương', 'x')).toBe('Sở Tài chính Sở Công Thương');
  });

  it('normalises to NFC', () => {
    const nfd = 'Sở Nông nghiệp'.normalize('NFD');
    expect(cleanCell(nfd, 'x')).toBe('Sở Nông nghiệp'.normalize('NFC'));
  });

  it('turns a <ul> of " - " items into one "- " line per item, with or without </ul>', () => {
    expect(cleanCell('<ul style="list-style-type: none"> - Báo cáo A  - Báo cáo  B', 'x')).toBe('- Báo cáo A\n- Báo cáo B');
    expect(cleanCell('<ul><li>Báo cáo A</li><li>Báo cáo <i>B</i></li></ul>', 'x')).toBe('- Báo cáo A\n- Báo cáo B');
  });

  it('keeps text before a list as its first line and keeps hyphens inside words', () => {
    expect(cleanCell('Gồm: <ul> - Kết nối xã-tỉnh - 5-10 vùng</ul>', 'x')).toBe('Gồm:\n- Kết nối xã-tỉnh\n- 5-10 vùng');
  });

  it('throws on list text outside an item, an empty item or text after the list', () => {
    expect(() => cleanCell('<ul> lạc - Báo cáo A', 'line 9, column expectedResult')).toThrow(
      'List text outside a "- " item in line 9, column expectedResult: "lạc"',
    );
    expect(() => cleanCell('<ul> - A - ', 'x')).toThrow(/Empty list item/u);
    expect(() => cleanCell('<ul> - A</ul> thêm', 'x')).toThrow(/Unexpected text after the list in x: "thêm"/u);
  });

  it('throws on markup it does not understand', () => {
    expect(() => cleanCell('Báo cáo <b', 'line 3, column title')).toThrow('Unexpected markup in line 3, column title: "Báo cáo <b"');
  });
});

describe('splitAppendixTable', () => {
  it('keeps the preamble, skips repeated headers and blank lines', () => {
    const table = splitAppendixTable(lines('', 'Phụ lục I', '**TIÊU ĐỀ**', '', HEADER, 'I\tPhần một\t\t\t\t', '', HEADER, '1\tViệc\tSở Tài chính\t\t2026\t'));
    expect(table.preambleLines).toEqual(['Phụ lục I', '**TIÊU ĐỀ**']);
    expect(table.rows).toEqual([
      { tt: 'I', line: 6, cells: { title: 'Phần một', lead: '', coordinating: '', years: '', expectedResult: '' } },
      { tt: '1', line: 9, cells: { title: 'Việc', lead: 'Sở Tài chính', coordinating: '', years: '2026', expectedResult: '' } },
    ]);
  });

  it('appends each non-empty cell of a continuation row to the previous row with one space', () => {
    const table = splitAppendixTable(
      lines(HEADER, '4\tBan hành trên địa\tUBND\tCác tổ chức, cá nhân có liên\t2026\t', HEADER, '\tbàn  xã\t\tquan\t\tKế hoạch'),
    );
    expect(table.rows).toEqual([
      {
        tt: '4',
        line: 2,
        cells: {
          title: 'Ban hành trên địa bàn xã',
          lead: 'UBND',
          coordinating: 'Các tổ chức, cá nhân có liên quan',
          years: '2026',
          expectedResult: 'Kế hoạch',
        },
      },
    ]);
  });

  it('throws on a continuation row with nothing to continue', () => {
    expect(() => splitAppendixTable(lines(HEADER, '\tbàn\t\t\t\t'))).toThrow('Continuation row at line 2 has no row to continue');
  });

  it('throws on a row with the wrong number of cells, naming the line', () => {
    expect(() => splitAppendixTable(lines(HEADER, '1\tViệc\tSở Tài chính\t2026'))).toThrow('Line 2 has 4 cells, expected 6');
  });

  it('throws on a changed header', () => {
    expect(() => splitAppendixTable(lines(HEADER.replace('Cơ quan chủ trì', 'Chủ trì')))).toThrow(/Unexpected table header at line 1/u);
  });

  it('throws on loose text inside the table, or rows before the header, or no header at all', () => {
    expect(() => splitAppendixTable(lines(HEADER, 'Ghi chú lạc'))).toThrow('Unexpected non-table text at line 2: "Ghi chú lạc"');
    expect(() => splitAppendixTable(lines('1\tViệc\t\t\t\t', HEADER))).toThrow('Table row before the table header at line 1');
    expect(() => splitAppendixTable('Phụ lục I')).toThrow('No table header found in the appendix text');
  });
});
