package org.energydiag.core.workspace;

import java.time.Instant;
import org.energydiag.core.text.Texts;

/** One line of the project list, read without loading the whole project. */
public record ProjectSummary(String id, String enterpriseName, String creditCode, String region, String sector,
                             Instant createdAt, Instant updatedAt, Instant deletedAt) {

    public String displayName() {
        return enterpriseName == null || enterpriseName.isBlank() ? Texts.get("workspace.unnamedEnterprise") : enterpriseName;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
