// Every field of NationalSubmission, so a pulled document can be compared with the JSON one whole.
const QUANTITY = 'parameter value unit';
const NOTATION = 'key explanation';
const UNCERTAINTY = 'uncertainty { pct lowerPct upperPct notation { key explanation } }';
export const NATIONAL_SUBMISSION_FIELDS = `
  format documentSha256 year
  inventory { id version replacesVersion verifiedAt verifiedBy inputHash }
  province { code name }
  tables {
    crtCategory crtName crtTable ipccCategories co2eKg ${UNCERTAINTY}
    rows {
      crtCategory ipccCategory item co2eKg
      activityData { ${QUANTITY} }
      emissions { gas kind massKg co2eKg impliedFactor { ${QUANTITY} } }
      ${UNCERTAINTY}
    }
    notationKeys { ipccCategory gas item ${NOTATION} }
    totals { gas kind massKg co2eKg ${UNCERTAINTY} }
  }
  lines { category categoryName gas kind massKg co2eKg }
  totals { totalCo2eKg emissionsCo2eKg removalsCo2eKg indirectEnergyCo2eKg }
  provenance { method factorSet factorSetChain gwpSet crtMappingSource uncertaintyMethod factorsWithoutRange communes { covered missing } }`;

export const NATIONAL_SUBMISSIONS = `query($year: Int) { nationalSubmissions(year: $year) { ${NATIONAL_SUBMISSION_FIELDS} } }`;
