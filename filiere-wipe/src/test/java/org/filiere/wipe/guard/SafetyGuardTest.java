package org.filiere.wipe.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.filiere.wipe.process.SystemProcessRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guard decisions that need no root: files, links, character devices, the running system's disk. */
class SafetyGuardTest {
    private final SafetyGuard guard = SafetyGuard.system(new SystemProcessRunner());

    @TempDir
    Path dir;

    private static Set<RefusalReason> reasons(GuardVerdict v) {
        return v.refusals().stream().map(Refusal::reason).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aRegularFileIsRefused() throws Exception {
        Path f = Files.writeString(dir.resolve("disk.img"), "data");
        GuardVerdict v = guard.check(GuardRequest.named(f, null));
        assertThat(v.allowed()).isFalse();
        assertThat(reasons(v)).containsExactly(RefusalReason.NOT_BLOCK_DEVICE);
        assertThat(v.refusals().get(0).detail()).contains("regular file");
    }

    @Test
    void aSymlinkToARegularFileIsRefusedAsNotABlockDevice() throws Exception {
        Path f = Files.writeString(dir.resolve("disk.img"), "data");
        Path link = Files.createSymbolicLink(dir.resolve("by-id-fake"), f);
        GuardVerdict v = guard.check(GuardRequest.named(link, null));
        assertThat(reasons(v)).contains(RefusalReason.NOT_BLOCK_DEVICE);
        assertThat(v.refusals().get(0).detail()).contains("from " + link);
    }

    @Test
    void aCharacterDeviceIsRefused() {
        GuardVerdict v = guard.check(GuardRequest.named(Path.of("/dev/null"), null));
        assertThat(reasons(v)).containsExactly(RefusalReason.NOT_BLOCK_DEVICE);
        assertThat(v.refusals().get(0).detail()).contains("character device");
    }

    @Test
    void aMissingPathOrDanglingLinkIsRefused() throws Exception {
        assertThat(reasons(guard.check(GuardRequest.named(dir.resolve("nope"), null))))
                .containsExactly(RefusalReason.NOT_FOUND);
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("gone"));
        assertThat(reasons(guard.check(GuardRequest.named(dangling, null)))).containsExactly(RefusalReason.NOT_FOUND);
    }

    @Test
    void aDeviceNotNamedExplicitlyIsRefusedWithItsOtherReasons() throws Exception {
        Path f = Files.writeString(dir.resolve("x"), "");
        GuardVerdict v = guard.check(new GuardRequest(f, Set.of(Path.of("/dev/sdz")), null, null));
        assertThat(reasons(v)).containsExactlyInAnyOrder(RefusalReason.NOT_NAMED_EXPLICITLY,
                RefusalReason.NOT_BLOCK_DEVICE);
    }

    @Test
    void theDiskHoldingTheRootFilesystemIsRefusedAsSystemDisk() throws Exception {
        // find the block device mounted on / on this machine, whatever its name
        String root = Files.readAllLines(Path.of("/proc/mounts")).stream().map(l -> l.split(" "))
                .filter(f -> f[1].equals("/") && f[0].startsWith("/dev/")).map(f -> f[0]).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(root != null, "/ is not on a block device here");
        GuardVerdict v = guard.check(GuardRequest.named(Path.of(root), null));
        assertThat(reasons(v)).contains(RefusalReason.SYSTEM_DISK);
    }
}
