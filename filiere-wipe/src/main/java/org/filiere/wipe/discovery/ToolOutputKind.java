package org.filiere.wipe.discovery;

/**
 * The saved tool outputs {@link Inspector} recognises by content.
 * Immutable and thread-safe.
 */
public enum ToolOutputKind {
    HDPARM_IDENTIFY, NVME_ID_CTRL_JSON, NVME_ID_CTRL_TEXT, SMARTCTL_JSON, LSBLK_JSON, UNKNOWN
}
