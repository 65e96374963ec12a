package org.energydiag.app.store;

import java.nio.file.Path;
import java.time.Clock;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.Divisions;
import org.energydiag.core.reference.IndustryClassification;
import org.energydiag.core.project.EnterpriseValidator;

/**
 * Child process of {@link KillDuringSaveTest}: edits a project as fast as it can through the real
 * autosave path and reports on stdout "EDIT n" after each edit and "SAVED n" after a flush
 * confirmed that edit n is durable. It never stops by itself.
 */
public final class EditingChild {
    private EditingChild() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.open(Path.of(args[0]));
        H2ProjectRepository repo = new H2ProjectRepository(db, Clock.systemUTC());
        DiagnosisProject p = repo.load(args[1]).orElseThrow();
        int start = Integer.parseInt(args[2]);
        ProjectSession s = new ProjectSession(p, repo,
                new EnterpriseValidator(Divisions.load(), IndustryClassification.load()), org.energydiag.core.reference.EnergyReference.load(), Clock.systemUTC(), Runnable::run);
        for (int i = start; ; i++) {
            int n = i;
            s.editEnterprise("修改 企业名称", "name", e -> e.toBuilder().name("企业-" + n).remarks("备注-" + n).build());
            if (i % 3 == 0) {
                if (!s.flush()) {
                    throw new IllegalStateException("flush failed");
                }
                System.out.println("SAVED " + i);
            } else {
                System.out.println("EDIT " + i);
            }
            System.out.flush();
        }
    }
}
