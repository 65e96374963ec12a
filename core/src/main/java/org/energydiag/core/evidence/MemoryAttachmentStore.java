package org.energydiag.core.evidence;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Attachment bytes in memory: for tests and for command-line work on files. */
public final class MemoryAttachmentStore implements AttachmentStore {

    private final Map<String, Map<String, Map<Attachment.Blob, byte[]>>> data = new HashMap<>();

    @Override
    public synchronized void put(String projectId, String attachmentId, Map<Attachment.Blob, byte[]> blobs) {
        Map<Attachment.Blob, byte[]> m = new EnumMap<>(Attachment.Blob.class);
        blobs.forEach((k, v) -> m.put(k, v.clone()));
        data.computeIfAbsent(projectId, k -> new HashMap<>()).put(attachmentId, m);
    }

    @Override
    public synchronized Optional<byte[]> get(String projectId, String attachmentId, Attachment.Blob blob) {
        return Optional.ofNullable(data.getOrDefault(projectId, Map.of()).getOrDefault(attachmentId, Map.of()).get(blob))
                .map(byte[]::clone);
    }

    @Override
    public synchronized int sweep(String projectId, Set<String> keep) {
        Map<String, Map<Attachment.Blob, byte[]>> p = data.getOrDefault(projectId, new HashMap<>());
        int before = p.size();
        p.keySet().retainAll(keep);
        return before - p.size();
    }

    @Override
    public synchronized void copyAll(String fromProjectId, String toProjectId) {
        Map<String, Map<Attachment.Blob, byte[]>> to = data.computeIfAbsent(toProjectId, k -> new HashMap<>());
        data.getOrDefault(fromProjectId, Map.of()).forEach((id, m) -> to.put(id, new EnumMap<>(m)));
    }
}
