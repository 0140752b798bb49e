package ai.stagesense.codeintel.masking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LineAbstractionTest {

    @Test
    void eachViewIsCoarserThanTheLast() {
        String line = "var3=var0.drop(var1,axis=1)";
        assertEquals(line, LineAbstraction.LINES.of(line));
        assertEquals("var=var.drop(var,axis=1)", LineAbstraction.VARIABLES.of(line));
        assertEquals("var.drop", LineAbstraction.APIS.of(line));
    }

    @Test
    void linesThatCallNothingKeepTheirVariablesViewAsApi() {
        assertEquals("def_f", LineAbstraction.APIS.of("def_f"));
        assertEquals("<cell>", LineAbstraction.APIS.of("<cell>"));
        assertEquals("<s>", LineAbstraction.APIS.of("<s>"));
        assertEquals("var", LineAbstraction.APIS.of("var12"));
    }

    @Test
    void viewsAreNamedInTablesByTheirIds() {
        for (LineAbstraction view : LineAbstraction.values()) {
            assertEquals(view, LineAbstraction.byId(view.id()));
        }
        assertThrows(IllegalArgumentException.class, () -> LineAbstraction.byId("tokens"));
    }
}
