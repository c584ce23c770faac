package org.filiere.reporting.impact;

import java.time.Instant;
import java.util.List;
import org.filiere.carbon.Caveat;
import org.filiere.carbon.ImpactTotals;
import org.filiere.carbon.LocalizedText;
import org.filiere.internal.Require;
import org.filiere.reporting.json.SchemaVersion;
import org.filiere.reporting.signature.DocumentSignature;
import org.filiere.reporting.signature.Signable;

/**
 * The CO₂ / reuse impact sheet for a donor's IT department (per donor, agreement or period): devices by
 * category and outcome, the contribution to avoided emissions with its range, the method, substitution
 * rate and factor set with its sources, the e-waste mass, and the mandatory caveats (never "your reduction";
 * never deducted from an inventory). Build it with {@link ImpactSheets#build}. Immutable and thread-safe.
 *
 * @param schemaVersion    {@link SchemaVersion#CURRENT}
 * @param documentType     {@value #DOCUMENT_TYPE}
 * @param id               {@code IMPACT-<scope label>-<yyyyMMdd>}
 * @param issuedAt         when it was issued
 * @param scope            which devices it covers
 * @param title            the sheet's title (FR/EN): "Contribution aux émissions évitées"
 * @param factorSet        the factor set id
 * @param factorSetVersion its version
 * @param factorSources    the set's sources
 * @param method           the calculation method id
 * @param substitutionRate the substitution rate S
 * @param totals           totals over the scope
 * @param byCategory       one line per category present
 * @param caveats          the mandatory caveats, in order
 * @param issuer           who issues the sheet (the network)
 * @param signature        the signature block, or null before signing
 */
public record ImpactSheet(int schemaVersion, String documentType, String id, Instant issuedAt, SheetScope scope,
                          LocalizedText title, String factorSet, String factorSetVersion, List<String> factorSources,
                          String method, double substitutionRate, ImpactTotals totals, List<CategoryLine> byCategory,
                          List<Caveat> caveats, String issuer, DocumentSignature signature)
        implements Signable<ImpactSheet> {
    /** The {@code documentType} of impact sheets. */
    public static final String DOCUMENT_TYPE = "IMPACT_SHEET";

    public ImpactSheet {
        SchemaVersion.require(schemaVersion);
        Require.that(DOCUMENT_TYPE.equals(documentType), "documentType", "must be " + DOCUMENT_TYPE);
        Require.nonBlank(id, "id");
        Require.nonNull(issuedAt, "issuedAt");
        Require.nonNull(scope, "scope");
        Require.nonNull(title, "title");
        Require.nonBlank(factorSet, "factorSet");
        Require.nonBlank(factorSetVersion, "factorSetVersion");
        factorSources = Require.copy(factorSources, "factorSources");
        Require.that(!factorSources.isEmpty(), "factorSources", "the factor set's sources must be named");
        Require.nonBlank(method, "method");
        Require.that(substitutionRate >= 0 && substitutionRate <= 1, "substitutionRate", "must be in [0, 1]");
        Require.nonNull(totals, "totals");
        byCategory = Require.copy(byCategory, "byCategory");
        caveats = Require.copy(caveats, "caveats");
        Require.that(caveats.stream().anyMatch(c -> Caveat.WORDING.equals(c.code())), "caveats",
                "the sheet must state that it is a contribution to avoided emissions");
        Require.that(caveats.stream().anyMatch(c -> Caveat.NOT_DEDUCTED.equals(c.code())), "caveats",
                "the sheet must state that avoided emissions are never deducted");
        Require.nonBlank(issuer, "issuer");
    }

    @Override
    public ImpactSheet withSignature(DocumentSignature signature) {
        return new ImpactSheet(schemaVersion, documentType, id, issuedAt, scope, title, factorSet, factorSetVersion,
                factorSources, method, substitutionRate, totals, byCategory, caveats, issuer, signature);
    }
}
