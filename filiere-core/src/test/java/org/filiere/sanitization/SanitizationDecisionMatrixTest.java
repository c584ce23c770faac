package org.filiere.sanitization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.device.MediaType.ATA_HDD;
import static org.filiere.device.MediaType.ATA_SSD;
import static org.filiere.device.MediaType.EMMC;
import static org.filiere.device.MediaType.MEMORY_CARD;
import static org.filiere.device.MediaType.MOBILE;
import static org.filiere.device.MediaType.NVME_SSD;
import static org.filiere.device.MediaType.SCSI_HDD;
import static org.filiere.device.MediaType.SCSI_SSD;
import static org.filiere.device.MediaType.USB_FLASH;
import static org.filiere.sanitization.DestructionReason.LEVEL_REQUIRES_DESTRUCTION;
import static org.filiere.sanitization.DestructionReason.NONE_FEASIBLE_ON_DRIVE;
import static org.filiere.sanitization.DestructionReason.NO_TECHNIQUE_FOR_MEDIUM;
import static org.filiere.sanitization.Level.CLEAR;
import static org.filiere.sanitization.Level.DESTROY;
import static org.filiere.sanitization.Level.PURGE;
import static org.filiere.sanitization.Level.REINSTALL;
import static org.filiere.sanitization.RejectionReason.BELOW_REQUIRED_LEVEL;
import static org.filiere.sanitization.RejectionReason.NOT_APPLICABLE_TO_MEDIUM;
import static org.filiere.sanitization.RejectionReason.NOT_SUPPORTED_BY_DRIVE;
import static org.filiere.sanitization.RejectionReason.NO_ATA_PASS_THROUGH;
import static org.filiere.sanitization.RejectionReason.SECURITY_COUNT_EXPIRED;
import static org.filiere.sanitization.RejectionReason.SECURITY_FROZEN;
import static org.filiere.sanitization.RejectionReason.SECURITY_LOCKED;
import static org.filiere.sanitization.Technique.ATA_SANITIZE_BLOCK_ERASE;
import static org.filiere.sanitization.Technique.ATA_SANITIZE_CRYPTO_SCRAMBLE;
import static org.filiere.sanitization.Technique.ATA_SANITIZE_OVERWRITE;
import static org.filiere.sanitization.Technique.ATA_SECURITY_ERASE;
import static org.filiere.sanitization.Technique.ATA_SECURITY_ERASE_ENHANCED;
import static org.filiere.sanitization.Technique.DESTROY_DISINTEGRATE;
import static org.filiere.sanitization.Technique.DESTROY_SHRED;
import static org.filiere.sanitization.Technique.FACTORY_RESET;
import static org.filiere.sanitization.Technique.NVME_FORMAT_CRYPTO_ERASE;
import static org.filiere.sanitization.Technique.NVME_FORMAT_USER_DATA_ERASE;
import static org.filiere.sanitization.Technique.NVME_SANITIZE_BLOCK_ERASE;
import static org.filiere.sanitization.Technique.NVME_SANITIZE_CRYPTO_ERASE;
import static org.filiere.sanitization.Technique.NVME_SANITIZE_OVERWRITE;
import static org.filiere.sanitization.Technique.OS_REINSTALL;
import static org.filiere.sanitization.Technique.OVERWRITE;
import static org.filiere.sanitization.Technique.SCSI_SANITIZE_BLOCK_ERASE;
import static org.filiere.sanitization.Technique.SCSI_SANITIZE_CRYPTO_ERASE;
import static org.filiere.sanitization.Technique.SCSI_SANITIZE_OVERWRITE;
import static org.filiere.sanitization.Technique.TCG_CRYPTO_ERASE;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.filiere.device.MediaType;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decision against the reference matrix (reference notes §1.3 and §3): media type × required level ×
 * drive capabilities × frozen/locked security × station ATA pass-through. Each row names what it proves and
 * states the exact acceptable techniques in order of preference, the rejections that matter, and whether the
 * answer is destruction.
 */
class SanitizationDecisionMatrixTest {
    /** Destruction order on magnetic media. */
    private static final Technique[] HDD_DESTROY = {DESTROY_SHRED, DESTROY_DISINTEGRATE};
    /** Destruction order on flash media: flash chips must be broken, disintegration first. */
    private static final Technique[] FLASH_DESTROY = {DESTROY_DISINTEGRATE, DESTROY_SHRED};

    /** One row of the table. */
    record Case(MediaType media, Level required, Set<Technique> capabilities, boolean frozen, boolean locked,
                boolean countExpired, boolean passThrough, List<Technique> acceptable,
                Map<Technique, RejectionReason> rejections, DestructionReason destruction) {
        DriveContext drive() {
            return new DriveContext(media, capabilities, frozen, locked, countExpired, passThrough);
        }
    }

    /** Fluent row builder, so that each row reads as a sentence. */
    static final class Row {
        private final String name;
        private final MediaType media;
        private final Level required;
        private Set<Technique> caps = Set.of();
        private boolean frozen;
        private boolean locked;
        private boolean expired;
        private boolean passThrough = true;
        private final List<Technique> acceptable = new ArrayList<>();
        private final Map<Technique, RejectionReason> rejections = new EnumMap<>(Technique.class);
        private DestructionReason destruction;

        Row(String name, MediaType media, Level required) {
            this.name = name;
            this.media = media;
            this.required = required;
        }

        Row caps(Technique... t) {
            caps = Set.of(t);
            return this;
        }

        Row frozen() {
            frozen = true;
            return this;
        }

        Row locked() {
            locked = true;
            return this;
        }

        Row countExpired() {
            expired = true;
            return this;
        }

        Row noPassThrough() {
            passThrough = false;
            return this;
        }

        Row accepts(Technique... t) {
            acceptable.addAll(List.of(t));
            return this;
        }

        Row rejects(Technique t, RejectionReason r) {
            rejections.put(t, r);
            return this;
        }

        Row destroys(DestructionReason r) {
            destruction = r;
            return this;
        }

        Arguments build() {
            return Arguments.of(Named.of(name, new Case(media, required, caps, frozen, locked, expired, passThrough,
                    List.copyOf(acceptable), Map.copyOf(rejections), destruction)));
        }
    }

    static Row row(String name, MediaType media, Level required) {
        return new Row(name, media, required);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // ATA hard disks (Rev. 1 Table A-5)
                row("ATA HDD at REINSTALL: reinstall first; overwrite and destruction, stronger, also satisfy it",
                        ATA_HDD, REINSTALL).accepts(OS_REINSTALL, OVERWRITE).accepts(HDD_DESTROY),
                row("ATA HDD at CLEAR: overwrite is enough; a reinstall is below CLEAR", ATA_HDD, CLEAR)
                        .accepts(OVERWRITE).accepts(HDD_DESTROY).rejects(OS_REINSTALL, BELOW_REQUIRED_LEVEL),
                row("ATA HDD at CLEAR: a supported SECURITY ERASE (PURGE) also satisfies the weaker CLEAR", ATA_HDD, CLEAR)
                        .caps(ATA_SECURITY_ERASE).accepts(OVERWRITE, ATA_SECURITY_ERASE).accepts(HDD_DESTROY),
                row("ATA HDD at PURGE without firmware support: overwrite is only CLEAR, so destruction", ATA_HDD, PURGE)
                        .accepts(HDD_DESTROY).rejects(OVERWRITE, BELOW_REQUIRED_LEVEL)
                        .rejects(ATA_SECURITY_ERASE, NOT_SUPPORTED_BY_DRIVE).destroys(NONE_FEASIBLE_ON_DRIVE),
                row("ATA HDD at PURGE: ATA SECURITY ERASE is PURGE on magnetic media", ATA_HDD, PURGE)
                        .caps(ATA_SECURITY_ERASE).accepts(ATA_SECURITY_ERASE).accepts(HDD_DESTROY)
                        .rejects(OVERWRITE, BELOW_REQUIRED_LEVEL),
                row("ATA HDD at PURGE: the enhanced security erase is preferred to the normal one", ATA_HDD, PURGE)
                        .caps(ATA_SECURITY_ERASE, ATA_SECURITY_ERASE_ENHANCED)
                        .accepts(ATA_SECURITY_ERASE_ENHANCED, ATA_SECURITY_ERASE).accepts(HDD_DESTROY),
                row("ATA HDD at PURGE, frozen: security erase rejected with the unfreeze remedy", ATA_HDD, PURGE)
                        .caps(ATA_SECURITY_ERASE).frozen().accepts(HDD_DESTROY)
                        .rejects(ATA_SECURITY_ERASE, SECURITY_FROZEN).destroys(NONE_FEASIBLE_ON_DRIVE),
                row("ATA HDD at PURGE, frozen: security freeze does not block ATA SANITIZE", ATA_HDD, PURGE)
                        .caps(ATA_SANITIZE_OVERWRITE, ATA_SECURITY_ERASE).frozen()
                        .accepts(ATA_SANITIZE_OVERWRITE).accepts(HDD_DESTROY)
                        .rejects(ATA_SECURITY_ERASE, SECURITY_FROZEN),
                row("ATA HDD at PURGE behind a bridge without pass-through: ATA commands rejected", ATA_HDD, PURGE)
                        .caps(ATA_SECURITY_ERASE, ATA_SANITIZE_OVERWRITE).noPassThrough().accepts(HDD_DESTROY)
                        .rejects(ATA_SECURITY_ERASE, NO_ATA_PASS_THROUGH)
                        .rejects(ATA_SANITIZE_OVERWRITE, NO_ATA_PASS_THROUGH).destroys(NONE_FEASIBLE_ON_DRIVE),
                row("ATA HDD at CLEAR without pass-through: overwrite needs no ATA command", ATA_HDD, CLEAR)
                        .caps(ATA_SECURITY_ERASE).noPassThrough().accepts(OVERWRITE).accepts(HDD_DESTROY)
                        .rejects(ATA_SECURITY_ERASE, NO_ATA_PASS_THROUGH),
                row("ATA HDD at PURGE without pass-through: TCG crypto erase on ATA also needs pass-through",
                        ATA_HDD, PURGE).caps(TCG_CRYPTO_ERASE).noPassThrough().accepts(HDD_DESTROY)
                        .rejects(TCG_CRYPTO_ERASE, NO_ATA_PASS_THROUGH).destroys(NONE_FEASIBLE_ON_DRIVE),
                row("ATA HDD at PURGE: sanitize overwrite before crypto scramble (CE conditions) and TCG", ATA_HDD, PURGE)
                        .caps(TCG_CRYPTO_ERASE, ATA_SANITIZE_CRYPTO_SCRAMBLE, ATA_SANITIZE_OVERWRITE)
                        .accepts(ATA_SANITIZE_OVERWRITE, ATA_SANITIZE_CRYPTO_SCRAMBLE, TCG_CRYPTO_ERASE)
                        .accepts(HDD_DESTROY),
                row("ATA HDD at DESTROY: only destruction, even a supported PURGE command is below", ATA_HDD, DESTROY)
                        .caps(ATA_SECURITY_ERASE).accepts(HDD_DESTROY)
                        .rejects(ATA_SECURITY_ERASE, BELOW_REQUIRED_LEVEL).rejects(OVERWRITE, BELOW_REQUIRED_LEVEL)
                        .destroys(LEVEL_REQUIRES_DESTRUCTION),
                row("ATA HDD: an NVMe capability claimed by the drive does not apply to it", ATA_HDD, PURGE)
                        .caps(NVME_FORMAT_CRYPTO_ERASE).accepts(HDD_DESTROY)
                        .rejects(NVME_FORMAT_CRYPTO_ERASE, NOT_APPLICABLE_TO_MEDIUM).destroys(NONE_FEASIBLE_ON_DRIVE),
                row("ATA HDD: sanitize BLOCK ERASE is a flash technique, not applicable to magnetic disks", ATA_HDD, PURGE)
                        .caps(ATA_SANITIZE_BLOCK_ERASE).accepts(HDD_DESTROY)
                        .rejects(ATA_SANITIZE_BLOCK_ERASE, NOT_APPLICABLE_TO_MEDIUM).destroys(NONE_FEASIBLE_ON_DRIVE),
                row("ATA HDD at CLEAR, locked: nothing reaches the drive until unlocked", ATA_HDD, CLEAR)
                        .caps(ATA_SECURITY_ERASE).locked().accepts(HDD_DESTROY)
                        .rejects(OVERWRITE, SECURITY_LOCKED).rejects(ATA_SECURITY_ERASE, SECURITY_LOCKED)
                        .destroys(NONE_FEASIBLE_ON_DRIVE),
                // SCSI/SAS hard disks (Table A-5)
                row("SCSI HDD at CLEAR: overwrite", SCSI_HDD, CLEAR).accepts(OVERWRITE).accepts(HDD_DESTROY),
                row("SCSI HDD at PURGE: SCSI SANITIZE ignores ATA frozen state and ATA pass-through", SCSI_HDD, PURGE)
                        .caps(SCSI_SANITIZE_OVERWRITE, SCSI_SANITIZE_CRYPTO_ERASE).frozen().noPassThrough()
                        .accepts(SCSI_SANITIZE_OVERWRITE, SCSI_SANITIZE_CRYPTO_ERASE).accepts(HDD_DESTROY),
                row("SCSI HDD: ATA Secure Erase is not defined for SCSI", SCSI_HDD, PURGE)
                        .caps(ATA_SECURITY_ERASE).accepts(HDD_DESTROY)
                        .rejects(ATA_SECURITY_ERASE, NOT_APPLICABLE_TO_MEDIUM).destroys(NONE_FEASIBLE_ON_DRIVE),
                // ATA SSDs (Table A-8)
                row("ATA SSD at CLEAR: security erase (CLEAR on flash) is preferred to a wearing overwrite",
                        ATA_SSD, CLEAR).caps(ATA_SECURITY_ERASE).accepts(ATA_SECURITY_ERASE, OVERWRITE)
                        .accepts(FLASH_DESTROY),
                row("ATA SSD at PURGE: security erase is only CLEAR on flash, so no PURGE without sanitize",
                        ATA_SSD, PURGE).caps(ATA_SECURITY_ERASE, ATA_SECURITY_ERASE_ENHANCED).accepts(FLASH_DESTROY)
                        .rejects(ATA_SECURITY_ERASE, BELOW_REQUIRED_LEVEL)
                        .rejects(ATA_SECURITY_ERASE_ENHANCED, BELOW_REQUIRED_LEVEL)
                        .rejects(OVERWRITE, BELOW_REQUIRED_LEVEL).destroys(NONE_FEASIBLE_ON_DRIVE),
                row("ATA SSD at PURGE: sanitize BLOCK ERASE is PURGE", ATA_SSD, PURGE)
                        .caps(ATA_SANITIZE_BLOCK_ERASE, ATA_SECURITY_ERASE).accepts(ATA_SANITIZE_BLOCK_ERASE)
                        .accepts(FLASH_DESTROY).rejects(ATA_SECURITY_ERASE, BELOW_REQUIRED_LEVEL),
                row("ATA SSD at PURGE: block erase, then crypto scramble, then TCG", ATA_SSD, PURGE)
                        .caps(TCG_CRYPTO_ERASE, ATA_SANITIZE_CRYPTO_SCRAMBLE, ATA_SANITIZE_BLOCK_ERASE)
                        .accepts(ATA_SANITIZE_BLOCK_ERASE, ATA_SANITIZE_CRYPTO_SCRAMBLE, TCG_CRYPTO_ERASE)
                        .accepts(FLASH_DESTROY),
                row("ATA SSD at PURGE in a USB dock without pass-through: block erase impossible", ATA_SSD, PURGE)
                        .caps(ATA_SANITIZE_BLOCK_ERASE).noPassThrough().accepts(FLASH_DESTROY)
                        .rejects(ATA_SANITIZE_BLOCK_ERASE, NO_ATA_PASS_THROUGH).destroys(NONE_FEASIBLE_ON_DRIVE),
                row("ATA SSD at CLEAR, frozen: security erase rejected, overwrite remains", ATA_SSD, CLEAR)
                        .caps(ATA_SECURITY_ERASE).frozen().accepts(OVERWRITE).accepts(FLASH_DESTROY)
                        .rejects(ATA_SECURITY_ERASE, SECURITY_FROZEN),
                row("ATA SSD at CLEAR, frozen: block erase (PURGE) satisfies CLEAR and is not blocked by the freeze",
                        ATA_SSD, CLEAR).caps(ATA_SANITIZE_BLOCK_ERASE).frozen()
                        .accepts(ATA_SANITIZE_BLOCK_ERASE, OVERWRITE).accepts(FLASH_DESTROY),
                row("ATA SSD at PURGE: sanitize OVERWRITE is kept at CLEAR on flash (Rev. 1)", ATA_SSD, PURGE)
                        .caps(ATA_SANITIZE_OVERWRITE).accepts(FLASH_DESTROY)
                        .rejects(ATA_SANITIZE_OVERWRITE, BELOW_REQUIRED_LEVEL).destroys(NONE_FEASIBLE_ON_DRIVE),
                row("ATA SSD at REINSTALL: an individual's SSD is just reinstalled", ATA_SSD, REINSTALL)
                        .accepts(OS_REINSTALL, OVERWRITE).accepts(FLASH_DESTROY),
                row("ATA SSD at CLEAR, unlock counter expired: security erase rejected with power-cycle remedy",
                        ATA_SSD, CLEAR).caps(ATA_SECURITY_ERASE).countExpired().accepts(OVERWRITE)
                        .accepts(FLASH_DESTROY).rejects(ATA_SECURITY_ERASE, SECURITY_COUNT_EXPIRED),
                // SCSI SSDs (Table A-8)
                row("SCSI SSD at PURGE: SCSI SANITIZE BLOCK ERASE is PURGE", SCSI_SSD, PURGE)
                        .caps(SCSI_SANITIZE_BLOCK_ERASE).accepts(SCSI_SANITIZE_BLOCK_ERASE).accepts(FLASH_DESTROY),
                row("SCSI SSD at PURGE: SCSI SANITIZE OVERWRITE is only CLEAR on flash", SCSI_SSD, PURGE)
                        .caps(SCSI_SANITIZE_OVERWRITE).accepts(FLASH_DESTROY)
                        .rejects(SCSI_SANITIZE_OVERWRITE, BELOW_REQUIRED_LEVEL).destroys(NONE_FEASIBLE_ON_DRIVE),
                row("SCSI SSD at CLEAR: overwrite", SCSI_SSD, CLEAR).accepts(OVERWRITE).accepts(FLASH_DESTROY),
                // NVMe SSDs (Table A-8; NVMe Sanitize per IEEE 2883)
                row("NVMe at PURGE: Format with crypto erase is PURGE", NVME_SSD, PURGE)
                        .caps(NVME_FORMAT_CRYPTO_ERASE).accepts(NVME_FORMAT_CRYPTO_ERASE).accepts(FLASH_DESTROY)
                        .rejects(OVERWRITE, BELOW_REQUIRED_LEVEL),
                row("NVMe at PURGE: Format with user data erase is PURGE", NVME_SSD, PURGE)
                        .caps(NVME_FORMAT_USER_DATA_ERASE).accepts(NVME_FORMAT_USER_DATA_ERASE).accepts(FLASH_DESTROY),
                row("NVMe at PURGE: Sanitize block erase, then Sanitize crypto erase, then Format", NVME_SSD, PURGE)
                        .caps(NVME_FORMAT_CRYPTO_ERASE, NVME_SANITIZE_CRYPTO_ERASE, NVME_SANITIZE_BLOCK_ERASE)
                        .accepts(NVME_SANITIZE_BLOCK_ERASE, NVME_SANITIZE_CRYPTO_ERASE, NVME_FORMAT_CRYPTO_ERASE)
                        .accepts(FLASH_DESTROY),
                row("NVMe at PURGE without any firmware support: overwrite is CLEAR only, so destruction",
                        NVME_SSD, PURGE).accepts(FLASH_DESTROY).rejects(OVERWRITE, BELOW_REQUIRED_LEVEL)
                        .rejects(NVME_SANITIZE_BLOCK_ERASE, NOT_SUPPORTED_BY_DRIVE).destroys(NONE_FEASIBLE_ON_DRIVE),
                row("NVMe at PURGE: ATA frozen state and ATA pass-through do not concern NVMe commands",
                        NVME_SSD, PURGE).caps(NVME_SANITIZE_BLOCK_ERASE).frozen().noPassThrough()
                        .accepts(NVME_SANITIZE_BLOCK_ERASE).accepts(FLASH_DESTROY),
                row("NVMe at CLEAR: overwrite", NVME_SSD, CLEAR).accepts(OVERWRITE).accepts(FLASH_DESTROY),
                row("NVMe at CLEAR: Sanitize overwrite (PURGE) satisfies CLEAR before a host overwrite", NVME_SSD, CLEAR)
                        .caps(NVME_SANITIZE_OVERWRITE).accepts(NVME_SANITIZE_OVERWRITE, OVERWRITE)
                        .accepts(FLASH_DESTROY),
                row("NVMe: ATA security erase does not apply to NVMe", NVME_SSD, PURGE).caps(ATA_SECURITY_ERASE)
                        .accepts(FLASH_DESTROY).rejects(ATA_SECURITY_ERASE, NOT_APPLICABLE_TO_MEDIUM)
                        .destroys(NONE_FEASIBLE_ON_DRIVE),
                row("NVMe at DESTROY: destruction even with Sanitize support", NVME_SSD, DESTROY)
                        .caps(NVME_SANITIZE_BLOCK_ERASE).accepts(FLASH_DESTROY)
                        .rejects(NVME_SANITIZE_BLOCK_ERASE, BELOW_REQUIRED_LEVEL).destroys(LEVEL_REQUIRES_DESTRUCTION),
                // USB sticks, memory cards, eMMC (Table A-8)
                row("USB stick at CLEAR: overwrite", USB_FLASH, CLEAR).accepts(OVERWRITE).accepts(FLASH_DESTROY),
                row("USB stick at PURGE: no PURGE technique exists, so destruction", USB_FLASH, PURGE)
                        .accepts(FLASH_DESTROY).rejects(OVERWRITE, BELOW_REQUIRED_LEVEL)
                        .destroys(NO_TECHNIQUE_FOR_MEDIUM),
                row("USB stick at REINSTALL: overwrite satisfies it (no OS to reinstall on a stick)", USB_FLASH, REINSTALL)
                        .accepts(OVERWRITE).accepts(FLASH_DESTROY),
                row("USB stick: a claimed TCG crypto erase does not apply, still destruction", USB_FLASH, PURGE)
                        .caps(TCG_CRYPTO_ERASE).accepts(FLASH_DESTROY)
                        .rejects(TCG_CRYPTO_ERASE, NOT_APPLICABLE_TO_MEDIUM).destroys(NO_TECHNIQUE_FOR_MEDIUM),
                row("memory card at CLEAR: overwrite", MEMORY_CARD, CLEAR).accepts(OVERWRITE).accepts(FLASH_DESTROY),
                row("memory card at PURGE: no PURGE technique exists, so destruction", MEMORY_CARD, PURGE)
                        .accepts(FLASH_DESTROY).rejects(OVERWRITE, BELOW_REQUIRED_LEVEL)
                        .destroys(NO_TECHNIQUE_FOR_MEDIUM),
                row("eMMC at REINSTALL: reinstall first", EMMC, REINSTALL).accepts(OS_REINSTALL, OVERWRITE)
                        .accepts(FLASH_DESTROY),
                row("eMMC at PURGE: no PURGE technique exists, so destruction", EMMC, PURGE).accepts(FLASH_DESTROY)
                        .rejects(OVERWRITE, BELOW_REQUIRED_LEVEL).destroys(NO_TECHNIQUE_FOR_MEDIUM),
                // Phones and tablets (Table A-3)
                row("mobile at REINSTALL: factory reset; overwrite does not apply to a phone", MOBILE, REINSTALL)
                        .accepts(FACTORY_RESET).accepts(FLASH_DESTROY).rejects(OVERWRITE, NOT_APPLICABLE_TO_MEDIUM),
                row("mobile at CLEAR: factory reset", MOBILE, CLEAR).accepts(FACTORY_RESET).accepts(FLASH_DESTROY),
                row("mobile at PURGE: factory reset is CLEAR only, so destruction", MOBILE, PURGE)
                        .accepts(FLASH_DESTROY).rejects(FACTORY_RESET, BELOW_REQUIRED_LEVEL)
                        .destroys(NO_TECHNIQUE_FOR_MEDIUM)
        ).map(Row::build);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decisionMatchesTheReferenceMatrix(Case c) {
        LevelRequirement requirement = new LevelRequirement(c.required(),
                new org.filiere.text.BilingualText("test", "test"),
                new StandardReference("test", "test", null, true));
        SanitizationDecision d = Sanitization.decide(requirement, c.drive());

        assertThat(d.requiredLevel()).isEqualTo(c.required());
        assertThat(d.acceptable()).extracting(AcceptableTechnique::technique)
                .as("acceptable techniques, in order of preference")
                .containsExactlyElementsOf(c.acceptable());
        for (AcceptableTechnique a : d.acceptable()) {
            assertThat(a.achieves()).as("%s achieves", a.technique()).matches(l -> l.satisfies(c.required()));
            assertThat(a.achieves()).isEqualTo(Techniques.levelReached(c.media(), a.technique()).orElseThrow());
            assertThat(a.reference().citation()).isNotBlank();
        }
        c.rejections().forEach((technique, reason) -> assertThat(d.rejection(technique))
                .as("rejection of %s", technique)
                .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(reason)));
        assertThat(d.destructionReason()).as("destruction reason").isEqualTo(java.util.Optional.ofNullable(c.destruction()));
        // every technique is either accepted or rejected, never both
        for (AcceptableTechnique a : d.acceptable()) {
            assertThat(d.rejection(a.technique())).isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void theTableHasAtLeastFortyCases() {
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
    }
}
