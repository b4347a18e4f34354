// Components an MDX guide body may use (src/lib/content/rules/body.ts BODY_COMPONENTS lists the same names;
// <S> is turned into a source marker by remark-guide-body before rendering).
import KeepCostTable from './KeepCostTable.astro';
import LeavingChoices from './LeavingChoices.astro';

export const bodyComponents = { KeepCostTable, LeavingChoices };
