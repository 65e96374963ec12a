package org.energydiag.core.evidence;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bytes of attachments, beside the project. Written before the project that references them
 * is saved, so a saved project never points to missing bytes; bytes no project references any
 * more (an attachment removed, an add undone long ago) are swept at start.
 */
public interface AttachmentStore {

    /** Stores the blobs of one attachment of a project in one transaction (replacing any). */
    void put(String projectId, String attachmentId, Map<Attachment.Blob, byte[]> blobs);

    Optional<byte[]> get(String projectId, String attachmentId, Attachment.Blob blob);

    /** Deletes blobs of the project whose attachment id is not in {@code keep}; returns how many. */
    int sweep(String projectId, Set<String> keep);

    /** Copies every blob of one project to another (复制项目, import as a copy). */
    void copyAll(String fromProjectId, String toProjectId);
}
