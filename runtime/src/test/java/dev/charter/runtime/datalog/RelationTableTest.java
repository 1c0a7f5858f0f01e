package dev.charter.runtime.datalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.junit.jupiter.api.Test;

class RelationTableTest {

    @Test
    void findsTuplesWhetherTheirKeysPackOrNot() {
        FactTable facts = new FactTable();
        RelationTable table = new RelationTable(0, "r", 3, 0);
        int[] small = {1, 2, 3};
        int[] large = {1, 1 << 22, 3};
        table.add(small, facts.add(0, small, FactTable.FROM_SNAPSHOT, new int[0]));
        table.add(large, facts.add(0, large, FactTable.FROM_SNAPSHOT, new int[0]));
        table.flush(facts);

        assertEquals(0, table.find(new int[] {1, 2, 3}));
        assertEquals(1, table.find(new int[] {1, 1 << 22, 3}));
        assertEquals(-1, table.find(new int[] {1, 1 << 22, 4}));
        assertEquals(IntArrayList.newListWith(0, 1), table.index(0b101, facts).get(new int[] {1, 3}));
        assertEquals(IntArrayList.newListWith(1), table.index(0b011, facts).get(new int[] {1, 1 << 22}));
    }
}
