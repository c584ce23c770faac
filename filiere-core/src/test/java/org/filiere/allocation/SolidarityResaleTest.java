package org.filiere.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.filiere.allocation.ResaleOffer.Buyer;
import org.filiere.allocation.ResaleOffer.Seller;
import org.filiere.cession.DonorKind;
import org.filiere.device.DeviceCategory;
import org.filiere.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SolidarityResaleTest {

    @ParameterizedTest(name = "{0} (multifunction {1}) from {2} by {3} to {4} at {5} € -> [{6}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // category | multifunction | donor | seller | buyer | price | rules
        "LAPTOP     | false | PUBLIC_INSTITUTION | PUBLIC_UTILITY_ASSOCIATION   | PERSON_IN_PRECARITY | 180    | -",
        "LAPTOP     | false | PUBLIC_INSTITUTION | PUBLIC_UTILITY_ASSOCIATION   | PERSON_IN_PRECARITY | 180.01 | SOLIDARITY_PRICE_CAP",
        "DESKTOP    | false | PUBLIC_INSTITUTION | GENERAL_INTEREST_ASSOCIATION | PERSON_IN_PRECARITY | 150    | -",
        "DESKTOP    | false | PUBLIC_INSTITUTION | GENERAL_INTEREST_ASSOCIATION | PERSON_IN_PRECARITY | 151    | SOLIDARITY_PRICE_CAP",
        "ALL_IN_ONE | false | PUBLIC_INSTITUTION | GENERAL_INTEREST_ASSOCIATION | PERSON_IN_PRECARITY | 160    | SOLIDARITY_PRICE_CAP",
        "TABLET     | false | PUBLIC_INSTITUTION | GENERAL_INTEREST_ASSOCIATION | ASSOCIATION_SERVING_PRECARIOUS | 100 | -",
        "SMARTPHONE | false | PUBLIC_INSTITUTION | GENERAL_INTEREST_ASSOCIATION | PERSON_IN_PRECARITY | 101    | SOLIDARITY_PRICE_CAP",
        "SCREEN     | false | PUBLIC_INSTITUTION | GENERAL_INTEREST_ASSOCIATION | PERSON_IN_PRECARITY | 31     | SOLIDARITY_PRICE_CAP",
        "PRINTER    | false | PUBLIC_INSTITUTION | GENERAL_INTEREST_ASSOCIATION | PERSON_IN_PRECARITY | 30     | -",
        "PRINTER    | false | PUBLIC_INSTITUTION | GENERAL_INTEREST_ASSOCIATION | PERSON_IN_PRECARITY | 100    | SOLIDARITY_PRICE_CAP",
        "PRINTER    | true  | PUBLIC_INSTITUTION | GENERAL_INTEREST_ASSOCIATION | PERSON_IN_PRECARITY | 170    | -",
        "PRINTER    | true  | PUBLIC_INSTITUTION | GENERAL_INTEREST_ASSOCIATION | PERSON_IN_PRECARITY | 171    | SOLIDARITY_PRICE_CAP",
        "SERVER     | false | PUBLIC_INSTITUTION | GENERAL_INTEREST_ASSOCIATION | PERSON_IN_PRECARITY | 10     | RESALE_CATEGORY_WITHOUT_CAP",
        "LAPTOP     | false | PUBLIC_INSTITUTION | OTHER                        | PERSON_IN_PRECARITY | 50     | RESALE_NOT_ALLOWED",
        "LAPTOP     | false | PUBLIC_INSTITUTION | PUBLIC_UTILITY_ASSOCIATION   | OTHER               | 50     | RESALE_BUYER_NOT_ELIGIBLE",
        "LAPTOP     | false | PUBLIC_INSTITUTION | OTHER                        | OTHER               | 400    | RESALE_NOT_ALLOWED,RESALE_BUYER_NOT_ELIGIBLE,SOLIDARITY_PRICE_CAP",
        "LAPTOP     | false | COMPANY            | OTHER                        | OTHER               | 400    | -",
        "LAPTOP     | false | INDIVIDUAL         | OTHER                        | OTHER               | 400    | -",
    })
    void capsApplyToPublicBodiesDevicesOnly(DeviceCategory category, boolean multifunction, DonorKind donor,
                                            Seller seller, Buyer buyer, BigDecimal price, String rules) {
        List<Violation> v = SolidarityResale.check(new ResaleOffer("D-1", category, multifunction, donor, seller,
                buyer, price));
        List<String> expected = rules == null ? List.of() : List.of(rules.split(","));
        assertThat(v).extracting(Violation::rule).containsExactlyElementsOf(expected);
    }

    @Test
    void batchCheckReportsEveryProblemWithItsPath() {
        List<Violation> v = SolidarityResale.check(List.of(
                new ResaleOffer("D-1", DeviceCategory.LAPTOP, false, DonorKind.PUBLIC_INSTITUTION,
                        Seller.PUBLIC_UTILITY_ASSOCIATION, Buyer.PERSON_IN_PRECARITY, new BigDecimal("120")),
                new ResaleOffer("D-2", DeviceCategory.SCREEN, false, DonorKind.PUBLIC_INSTITUTION,
                        Seller.PUBLIC_UTILITY_ASSOCIATION, Buyer.PERSON_IN_PRECARITY, new BigDecimal("45"))));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("resales[1].priceTtcEur");
            assertThat(x.message()).contains("D-2").contains("45").contains("30");
        });
    }
}
