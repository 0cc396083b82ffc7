import java.io.File;
import java.util.List;
import org.omegat.core.Core;
import org.omegat.core.data.RealProject;
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.gui.glossary.GlossaryReaderTBX;
import org.omegat.util.ProjectFileStorage;

/** Reads a TBX with OmegaT's own glossary reader, in the languages of an OmegaT project. */
public class ReadTbx {
    public static void main(String[] args) throws Exception {
        Core.setProject(new RealProject(ProjectFileStorage.loadProjectProperties(new File(args[0]))));
        List<GlossaryEntry> entries = GlossaryReaderTBX.read(new File(args[1]), false);
        for (GlossaryEntry e : entries) {
            System.out.println(e.getSrcText() + "\t" + e.getLocText());
        }
    }
}
