package org.energydiag.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which arguments start the window with a project file (a double-clicked .edproj) rather than a command. */
class MainArgumentsTest {

    @Test
    void aSingleProjectFileOpensTheWindowWithIt() {
        assertThat(Main.projectFileArgument(List.of("项目.edproj")))
                .contains(Path.of("项目.edproj").toAbsolutePath().normalize());
        assertThat(Main.projectFileArgument(List.of("/home/工程师/下载/A.EDPROJ")))
                .contains(Path.of("/home/工程师/下载/A.EDPROJ"));
    }

    @Test
    void commandsAndOtherArgumentsAreNotAProjectFile() {
        assertThat(Main.projectFileArgument(List.of())).isEmpty();
        assertThat(Main.projectFileArgument(List.of("--help"))).isEmpty();
        assertThat(Main.projectFileArgument(List.of("list"))).isEmpty();
        assertThat(Main.projectFileArgument(List.of("validate", "x.edproj"))).isEmpty();
        assertThat(Main.projectFileArgument(List.of("a.edproj", "b.edproj"))).isEmpty();
        assertThat(Main.projectFileArgument(List.of("--out.edproj"))).isEmpty();
        assertThat(Main.projectFileArgument(List.of("方案.docx"))).isEmpty();
    }
}
