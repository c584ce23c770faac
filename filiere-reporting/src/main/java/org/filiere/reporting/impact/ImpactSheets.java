package org.filiere.reporting.impact;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.filiere.carbon.DonatedDevice;
import org.filiere.carbon.ImpactCalculator;
import org.filiere.carbon.ImpactDisclosure;
import org.filiere.carbon.ImpactReport;
import org.filiere.carbon.ImpactTotals;
import org.filiere.device.DeviceCategory;
import org.filiere.internal.Require;
import org.filiere.reporting.json.SchemaVersion;

/**
 * Builds impact sheets from donated devices with the carbon calculation ({@link ImpactCalculator}) and its
 * mandatory disclosure ({@link ImpactDisclosure}). Stateless and thread-safe.
 *
 * <pre>{@code
 * ImpactSheet sheet = ImpactSheets.build(devices, SheetScope.donor("transalpine"),
 *         ImpactCalculator.withDefaults(FactorSets.defaultSet()), "Environnement et Solidarité", clock);
 * }</pre>
 */
public final class ImpactSheets {
    private ImpactSheets() {
    }

    /** The sheet for the devices of {@code scope}, computed by {@code calculator}, dated by {@code clock}. */
    public static ImpactSheet build(List<DonatedDevice> devices, SheetScope scope, ImpactCalculator calculator,
                                    String issuer, Clock clock) {
        Require.nonNull(devices, "devices");
        Require.nonNull(scope, "scope");
        Require.nonNull(calculator, "calculator");
        Require.nonNull(clock, "clock");
        List<DonatedDevice> selected = devices.stream().filter(scope::includes).toList();
        ImpactReport report = calculator.report(selected);
        ImpactDisclosure disclosure = ImpactDisclosure.of(calculator.factorSet(), report);
        List<CategoryLine> lines = new ArrayList<>();
        for (Map.Entry<DeviceCategory, ImpactTotals> e : report.byCategory().entrySet()) {
            ImpactTotals t = e.getValue();
            lines.add(new CategoryLine(e.getKey(), t.deviceCount(), t.reusedCount(), t.recycledCount(),
                    t.destroyedCount(), t.avoidedKgCO2e(), t.avoidedKgCO2eLow(), t.avoidedKgCO2eHigh(),
                    t.eWasteAvoidedKg()));
        }
        String id = "IMPACT-" + scope.label().replaceAll("[^A-Za-z0-9_-]", "-") + "-"
                + DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now(clock));
        return new ImpactSheet(SchemaVersion.CURRENT, ImpactSheet.DOCUMENT_TYPE, id, clock.instant(), scope,
                disclosure.title(), report.factorSetId(), report.factorSetVersion(), calculator.factorSet().sources(),
                report.method().id(), report.substitutionRate(), report.totals(), lines, disclosure.caveats(), issuer,
                null);
    }
}
