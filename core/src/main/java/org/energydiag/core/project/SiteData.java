package org.energydiag.core.project;

import java.util.List;
import java.util.Optional;
import org.energydiag.core.evidence.Attachment;
import org.energydiag.core.process.ProcessFlow;

/**
 * What the engineer records on site beyond the figures: the production process flow (一（二）1)
 * and the evidence — photos and documents — listed in 四、随附材料.
 *
 * @param process       the 工序 of the 主要生产系统, in order, with their links
 * @param flowDrawingId an attachment the engineer drew instead of the generated diagram, or empty
 * @param attachments   descriptions of the photos and files (the bytes are kept beside the project)
 */
public record SiteData(ProcessFlow process, String flowDrawingId, List<Attachment> attachments) {

    public SiteData {
        process = process == null ? ProcessFlow.empty() : process;
        flowDrawingId = flowDrawingId == null ? "" : flowDrawingId;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public static SiteData empty() {
        return new SiteData(null, "", null);
    }

    public SiteData withProcess(ProcessFlow v) {
        return new SiteData(v, flowDrawingId, attachments);
    }

    public SiteData withFlowDrawing(String attachmentId) {
        return new SiteData(process, attachmentId, attachments);
    }

    public SiteData withAttachments(List<Attachment> v) {
        return new SiteData(process, flowDrawingId.isEmpty() || v.stream().anyMatch(a -> a.id().equals(flowDrawingId))
                ? flowDrawingId : "", v);
    }

    public Optional<Attachment> attachment(String id) {
        return attachments.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The engineer's own flow drawing, if one is chosen and still attached. */
    public Optional<Attachment> flowDrawing() {
        return flowDrawingId.isEmpty() ? Optional.empty() : attachment(flowDrawingId);
    }
}
