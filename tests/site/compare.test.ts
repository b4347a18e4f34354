// /compare/: one table built from the column list in src/lib/tools/compare.ts, one row per carrier, and
// every cell carrying its column's name for the narrow layout.
import { describe, expect, it } from 'vitest';
import { carriers, page } from './dist.ts';
import { COMPARE_COLUMNS, COMPARE_ROW_HEADING } from '../../src/lib/tools/compare.ts';
import { isActive } from '../../src/schemas/index.ts';

const { $ } = page('/compare/');

describe('/compare/', () => {
  it('is one table, headed by the column list', () => {
    expect($('main table')).toHaveLength(1);
    expect(
      $('thead th[scope="col"]')
        .map((_, th) => $(th).text())
        .get(),
    ).toEqual([COMPARE_ROW_HEADING, ...COMPARE_COLUMNS.map((c) => c.label)]);
  });

  const active = carriers().filter((c) => isActive(c.data));

  it('has a row per active carrier, named by a row header linking to its guide', () => {
    const rows = $('tbody tr');
    expect(rows).toHaveLength(active.length);
    expect(
      rows
        .map((_, tr) => $(tr).find('th[scope="row"] a').attr('href'))
        .get()
        .sort(),
    ).toEqual(active.map((c) => `/carriers/${c.slug}/`).sort());
  });

  it('labels every cell with the heading of its column', () => {
    const headings = COMPARE_COLUMNS.map((c) => c.label);
    $('tbody tr').each((_, tr) => {
      expect(
        $(tr)
          .find('td')
          .map((_, td) => $(td).attr('data-label'))
          .get(),
      ).toEqual(headings);
    });
  });

  it('renders contact references as links, never as [[ids]]', () => {
    expect($('main').text()).not.toContain('[[');
    expect($('tbody a[href^="tel:"]').length).toBeGreaterThan(0);
  });
});
