package dev.charter.solver;

import com.microsoft.z3.CharSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.ReExpr;
import com.microsoft.z3.ReSort;
import com.microsoft.z3.SeqSort;
import dev.charter.runtime.ir.Regex;
import java.util.ArrayList;
import java.util.List;

/** Translates the language's regular-expression dialect ({@link Regex}) to Z3's regular expressions over code points. */
final class RegexEncoder {

    /**
     * Z3's largest character: its strings hold code points up to here, and a range that ends
     * above it is empty, so class ranges are cut off here (a class with {@code \W} or {@code \D}
     * inside reaches {@code U+10FFFF}).
     */
    static final int MAX_CHAR = 0x2FFFF;

    private final ValueCodec codec;
    private final Context z3;
    private final ReSort<SeqSort<CharSort>> sort;

    RegexEncoder(ValueCodec codec) {
        this.codec = codec;
        this.z3 = codec.z3();
        this.sort = z3.mkReSort(z3.getStringSort());
    }

    /** The strings {@code matches} accepts: containing a match, or matching whole where anchored. */
    ReExpr<SeqSort<CharSort>> search(Regex.Pattern pattern) {
        ReExpr<SeqSort<CharSort>> any = z3.mkFullRe(sort);
        List<ReExpr<SeqSort<CharSort>>> parts = new ArrayList<>();
        if (!pattern.anchoredStart()) {
            parts.add(any);
        }
        parts.add(encode(pattern.body()));
        if (!pattern.anchoredEnd()) {
            parts.add(any);
        }
        return concat(parts);
    }

    ReExpr<SeqSort<CharSort>> encode(Regex regex) {
        if (regex instanceof Regex.Literal l) {
            return z3.mkToRe(codec.string(l.text()));
        } else if (regex instanceof Regex.AnyChar) {
            return anyChar();
        } else if (regex instanceof Regex.CharClass c) {
            return charClass(c);
        } else if (regex instanceof Regex.Concat c) {
            List<ReExpr<SeqSort<CharSort>>> parts = new ArrayList<>();
            c.parts().forEach(p -> parts.add(encode(p)));
            return concat(parts);
        } else if (regex instanceof Regex.Union u) {
            List<ReExpr<SeqSort<CharSort>>> alternatives = new ArrayList<>();
            u.alternatives().forEach(a -> alternatives.add(encode(a)));
            return alternatives.size() == 1 ? alternatives.get(0) : union(alternatives);
        } else {
            return repeat((Regex.Repeat) regex);
        }
    }

    private ReExpr<SeqSort<CharSort>> anyChar() {
        return z3.mkAllcharRe(sort);
    }

    private ReExpr<SeqSort<CharSort>> charClass(Regex.CharClass c) {
        List<ReExpr<SeqSort<CharSort>>> ranges = new ArrayList<>();
        for (Regex.Range r : c.ranges()) {
            if (r.from() <= MAX_CHAR) {
                ranges.add(z3.mkRange(
                        codec.string(Character.toString(r.from())),
                        codec.string(Character.toString(Math.min(r.to(), MAX_CHAR)))));
            }
        }
        ReExpr<SeqSort<CharSort>> members =
                ranges.isEmpty() ? z3.mkEmptyRe(sort) : ranges.size() == 1 ? ranges.get(0) : union(ranges);
        return c.negated() ? z3.mkDiff(z3.mkAllcharRe(sort), members) : members;
    }

    private ReExpr<SeqSort<CharSort>> repeat(Regex.Repeat r) {
        ReExpr<SeqSort<CharSort>> body = encode(r.body());
        if (r.max() == Regex.Repeat.UNBOUNDED) {
            if (r.min() <= 1) {
                return r.min() == 0 ? z3.mkStar(body) : z3.mkPlus(body);
            }
            return concat(List.of(z3.mkLoop(body, r.min(), r.min()), z3.mkStar(body)));
        }
        return z3.mkLoop(body, r.min(), r.max());
    }

    @SuppressWarnings("unchecked")
    private ReExpr<SeqSort<CharSort>> concat(List<ReExpr<SeqSort<CharSort>>> parts) {
        if (parts.isEmpty()) {
            return z3.mkToRe(codec.string(""));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        ReExpr<SeqSort<CharSort>>[] array = (ReExpr<SeqSort<CharSort>>[]) parts.toArray(new ReExpr<?>[0]);
        return z3.mkConcat(array);
    }

    @SuppressWarnings("unchecked")
    private ReExpr<SeqSort<CharSort>> union(List<ReExpr<SeqSort<CharSort>>> parts) {
        return z3.mkUnion((ReExpr<SeqSort<CharSort>>[]) parts.toArray(new ReExpr<?>[0]));
    }
}
