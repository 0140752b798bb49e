package ai.stagesense.codeintel.masking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ApiNameTest {

    @Test
    void aModulePathIsOneCallableWhateverItIsAssignedTo() {
        assertEquals("pandas.read_csv", ApiName.of("var0=pandas.read_csv"));
        assertEquals("sklearn.model_selection.train_test_split",
                ApiName.of("var3,var4=sklearn.model_selection.train_test_split(var1)"));
        assertEquals("seaborn.heatmap", ApiName.of("seaborn.heatmap(var0.corr)"));
        assertEquals("print", ApiName.of("print(var0.shape)"));
        assertEquals("open", ApiName.of("with_var16=open(var17)"));
    }

    @Test
    void aVariablesChainIsNamedByItsLastMemberWhateverTheVariableNumber() {
        assertEquals("var.head", ApiName.of("var0.head"));
        assertEquals("var.head", ApiName.of("var7.head"));
        assertEquals("var.mean", ApiName.of("var0.groupby.mean"));
        assertEquals("var.fillna", ApiName.of("var0[].fillna"));
        assertEquals("var.fit_transform", ApiName.of("var8[]=var6.fit_transform(var8[])"));
        assertEquals("var.iterrows", ApiName.of("for_var11,var12=var0.iterrows"));
        assertEquals("var.dropna", ApiName.of("return_var0.dropna"));
        assertEquals("<str>.split", ApiName.of("var2=<str>.split"));
    }

    @Test
    void importsAndMagicsAreTheirOwnApi() {
        assertEquals("import_pandas", ApiName.of("import_pandas"));
        assertEquals("%matplotlib", ApiName.of("%matplotlib"));
        assertEquals("!pip", ApiName.of("!pip"));
    }

    @Test
    void linesThatCallNothingHaveNoApi() {
        assertNull(ApiName.of("var0"));
        assertNull(ApiName.of("var6=<num>"));
        assertNull(ApiName.of("var0[]=var0[]"));
        assertNull(ApiName.of("var9+=var10"));
        assertNull(ApiName.of("return_var1,var2"));
        assertNull(ApiName.of("def_clean"));
        assertNull(ApiName.of("class_Net"));
        assertNull(ApiName.of("except_ValueError"));
        assertNull(ApiName.of("try"));
        assertNull(ApiName.of("if"));
        assertNull(ApiName.of(""));
        assertNull(ApiName.of(null));
    }
}
