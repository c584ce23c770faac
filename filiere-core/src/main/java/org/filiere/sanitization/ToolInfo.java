package org.filiere.sanitization;

import org.filiere.internal.Require;

/**
 * The tool that performed a sanitization, with its version as the tool itself reports it
 * ({@code nwipe version 0.33}). Immutable.
 *
 * @param name    {@code nwipe}, {@code hdparm}, {@code nvme-cli}, {@code simulated}, or a person's procedure
 * @param version the version string, never blank ({@code "unknown"} when the tool does not say)
 */
public record ToolInfo(String name, String version) {
    public ToolInfo {
        Require.nonBlank(name, "tool.name");
        Require.nonBlank(version, "tool.version");
    }
}
