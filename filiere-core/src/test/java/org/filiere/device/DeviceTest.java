package org.filiere.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.filiere.FiliereException;
import org.junit.jupiter.api.Test;

class DeviceTest {
    @Test
    void theSerialNumberIdentifiesADeviceElseItsInventoryNumber() {
        assertThat(Device.builder(DeviceCategory.LAPTOP).serialNumber("S").inventoryNumber("I").build().identifier())
                .contains("S");
        assertThat(Device.builder(DeviceCategory.LAPTOP).serialNumber(" ").inventoryNumber("I").build().identifier())
                .contains("I");
        assertThat(Device.builder(DeviceCategory.LAPTOP).build().isIdentified()).isFalse();
        assertThat(Device.builder(null).serialNumber("S").build().isIdentified()).isFalse();
    }

    @Test
    void mediaAreFoundBySerialTrimmedAndCaseInsensitively() {
        Device d = Device.builder(DeviceCategory.DESKTOP).serialNumber("PC")
                .media(List.of(StorageMedium.of(MediaType.ATA_HDD, "WD-ABC ", 1L))).build();
        assertThat(d.medium("wd-abc")).isPresent();
        assertThat(d.medium("WD-ABD")).isEmpty();
    }

    @Test
    void valuesAndSpecsAreChecked() {
        assertThatThrownBy(() -> Device.builder(DeviceCategory.LAPTOP).declaredValueEur(new BigDecimal("-1")).build())
                .isInstanceOf(FiliereException.class).hasMessageContaining("declaredValueEur");
        assertThatThrownBy(() -> new DeviceSpecs("i5", -4, null)).hasMessageContaining("ramGb");
        Device d = Device.builder(DeviceCategory.LAPTOP).serialNumber("S").build();
        assertThat(d.specs()).isEqualTo(DeviceSpecs.UNKNOWN);
        assertThat(d.withGrade(new Grade(Appearance.C, Functionality.B)).grade().appearance()).isEqualTo(Appearance.C);
        assertThat(Appearance.values()).hasSize(5);
        assertThat(Functionality.values()).hasSize(4);
    }
}
