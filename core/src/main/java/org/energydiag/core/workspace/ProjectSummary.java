package org.energydiag.core.workspace;

import java.time.Instant;

/** One line of the project list, read without loading the whole project. */
public record ProjectSummary(String id, String enterpriseName, String creditCode, String region, String sector,
                             Instant createdAt, Instant updatedAt, Instant deletedAt) {

    public String displayName() {
        return enterpriseName == null || enterpriseName.isBlank() ? "（未命名企业）" : enterpriseName;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
