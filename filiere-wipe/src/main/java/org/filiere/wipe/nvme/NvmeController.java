package org.filiere.wipe.nvme;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.filiere.sanitization.Technique;

/**
 * What {@code nvme id-ctrl} says about an NVMe controller. Fields not printed are null. Immutable.
 *
 * @param model          {@code mn}, or null
 * @param serial         {@code sn}, or null
 * @param firmware       {@code fr}, or null
 * @param version        {@code ver} (e.g. 0x10300 = NVMe 1.3), or null
 * @param oacs           Optional Admin Command Support, or null
 * @param sanicap        Sanitize Capabilities, or null
 * @param fna            Format NVM Attributes, or null
 * @param totalCapacity  {@code tnvmcap} in bytes, or null
 * @param namespaces     {@code nn}, or null
 */
public record NvmeController(String model, String serial, String firmware, Long version, Long oacs, Long sanicap,
                             Long fna, Long totalCapacity, Long namespaces) {

    private static boolean bit(Long v, int b) {
        return v != null && (v & (1L << b)) != 0;
    }

    /** oacs bit 1: Format NVM supported. */
    public boolean formatSupported() {
        return bit(oacs, 1);
    }

    /** sanicap bit 0: Crypto Erase sanitize. */
    public boolean sanitizeCryptoErase() {
        return bit(sanicap, 0);
    }

    /** sanicap bit 1: Block Erase sanitize. */
    public boolean sanitizeBlockErase() {
        return bit(sanicap, 1);
    }

    /** sanicap bit 2: Overwrite sanitize. */
    public boolean sanitizeOverwrite() {
        return bit(sanicap, 2);
    }

    /** Any sanitize action supported. */
    public boolean sanitizeSupported() {
        return sanitizeCryptoErase() || sanitizeBlockErase() || sanitizeOverwrite();
    }

    /** fna bit 2: Crypto Erase supported as part of Secure Erase (Format SES=2). */
    public boolean formatCryptoEraseSupported() {
        return bit(fna, 2);
    }

    /** fna bit 0: Format applies to all namespaces (else per namespace). */
    public boolean formatAppliesToAllNamespaces() {
        return bit(fna, 0);
    }

    /** The NVMe firmware techniques the controller reports. */
    public Set<Technique> capabilities() {
        Set<Technique> t = EnumSet.noneOf(Technique.class);
        if (sanitizeBlockErase()) {
            t.add(Technique.NVME_SANITIZE_BLOCK_ERASE);
        }
        if (sanitizeCryptoErase()) {
            t.add(Technique.NVME_SANITIZE_CRYPTO_ERASE);
        }
        if (sanitizeOverwrite()) {
            t.add(Technique.NVME_SANITIZE_OVERWRITE);
        }
        if (formatSupported()) {
            t.add(Technique.NVME_FORMAT_USER_DATA_ERASE);
            if (formatCryptoEraseSupported()) {
                t.add(Technique.NVME_FORMAT_CRYPTO_ERASE);
            }
        }
        return t;
    }

    /** Things an operator should know. */
    public List<String> warnings() {
        List<String> w = new ArrayList<>();
        if (sanicap == null) {
            w.add("sanicap not reported: sanitize support unknown");
        } else if (!sanitizeSupported()) {
            w.add("no NVMe Sanitize support: use Format NVM (SES=1/2)");
        }
        if (namespaces != null && namespaces > 1 && !formatAppliesToAllNamespaces()) {
            w.add("Format NVM applies per namespace: format every namespace (" + namespaces + " supported)");
        }
        if (serial == null) {
            w.add("no serial number");
        }
        return w;
    }
}
