package org.pnyx.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pnyx.config.AmendmentConfig;
import org.pnyx.config.BylawConfig;
import org.pnyx.config.EconomyConfig;
import org.pnyx.config.Param;
import org.pnyx.config.ParameterSpec;
import org.pnyx.config.ParameterValues;
import org.pnyx.rules.Bylaws;
import org.pnyx.rules.Deliberation;
import org.pnyx.rules.OfficeSelector;
import org.pnyx.rules.VotingRule;

/**
 * The rules in force in one town: its assembly's bylaws and its economy's settings (regime,
 * distribution rule, monitoring and sanctions), set up from the scenario and changed during the run
 * only by {@link #change}, the one call that an assembly's amendment or an intervention makes. The
 * mechanisms read the rules from here every week; the rule objects the bylaws name (voting rule,
 * deliberation model, office selector) are rebuilt when the bylaws change.
 */
public final class TownRules {

    /**
     * The town's values of every parameter; null for a town built from records alone (test fixtures).
     * Towns share the scenario's values until one of their rules changes (copy on change), so a run of
     * many small towns does not hold a copy per town.
     */
    private ParameterValues values;
    private BylawConfig bylaws;
    private EconomyConfig economy;
    private VotingRule rule;
    private VotingRule fallback;
    private Deliberation deliberation;
    private OfficeSelector selector;
    private AmendmentConfig amendments = AmendmentConfig.DEFAULT;
    private String[] cells;

    /** The rules of a town whose parameter values (the scenario's, with the town's overrides) are known. */
    public TownRules(ParameterValues values) {
        this.values = values;
        set(BylawConfig.from(values), EconomyConfig.from(values));
        this.amendments = AmendmentConfig.from(values);
    }

    /** The rules of a town given as records (fixtures); such rules cannot be changed during the run. */
    public TownRules(BylawConfig bylaws, EconomyConfig economy) {
        this.values = null;
        set(bylaws, economy);
    }

    private void set(BylawConfig b, EconomyConfig e) {
        this.bylaws = b;
        this.economy = e;
        this.rule = Bylaws.voting(b.decisionRule(), b.supermajority());
        this.fallback = Bylaws.voting(b.fallbackRule(), b.supermajority());
        this.deliberation = Bylaws.deliberation(b);
        this.selector = Bylaws.offices(b.officeSelection());
    }

    /** Whether the parameter is one of a town's rules (a bylaw or an economy setting). */
    public static boolean governs(ParameterSpec p) {
        return p.section().equals("bylaws") || p.section().equals("economy");
    }

    /**
     * Changes one rule in force, from the next step that reads it on. The value is checked against the
     * parameter's declaration and the rules are rebuilt; if the new combination is invalid (a regime that
     * does not permit the distribution rule in force, say), nothing changes.
     *
     * @param p     a bylaw or economy parameter declared changeable
     * @param value the new value, of the parameter's type or as text
     * @throws IllegalArgumentException naming the key, the value and what is allowed
     */
    public void change(Param p, Object value) {
        ParameterSpec s = p.spec();
        if (!governs(s)) {
            throw new IllegalArgumentException(s.path() + " is not one of a town's rules (bylaws.*, economy.*)");
        }
        if (!s.changeable()) {
            throw new IllegalArgumentException(s.path() + " is fixed for the run and cannot change during it");
        }
        if (values == null) {
            throw new IllegalStateException("this town was built from records and has no parameter values to change");
        }
        Map<String, Object> changed = new LinkedHashMap<>(values.asMap());
        changed.put(s.path(), s.parse(String.valueOf(value)));
        ParameterValues v = new ParameterValues(changed);
        try {
            AmendmentConfig a = AmendmentConfig.from(v);
            set(BylawConfig.from(v), EconomyConfig.from(v));
            amendments = a;
            cells = null;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(s.path() + ": " + e.getMessage(), e);
        }
        values = v;
    }

    /** The bylaws in force. */
    public BylawConfig bylaws() {
        return bylaws;
    }

    /** The amendment rule in force, and whether decisions count only where they take effect. */
    public AmendmentConfig amendments() {
        return amendments;
    }

    /** The value in force of a town's rule (a bylaw or economy setting), as parsed; null for a town built from records. */
    public Object value(Param p) {
        return values == null ? null : values.asMap().get(p.path());
    }

    /** The value in force of an amendable bylaw, as written in a scenario file; empty for a town built from records. */
    public String cell(org.pnyx.config.Bylaw b) {
        return values == null ? "" : b.cell(values);
    }

    /**
     * The values in force of every amendable bylaw ({@link org.pnyx.config.Bylaw} order), as written in a scenario
     * file: a new array after each change, never changed itself, so an observer may keep it.
     */
    public String[] cells() {
        if (cells == null) {
            String[] c = new String[org.pnyx.config.Bylaw.COUNT];
            for (org.pnyx.config.Bylaw b : org.pnyx.config.Bylaw.values()) {
                c[b.ordinal()] = cell(b);
            }
            cells = c;
        }
        return cells;
    }

    /** The economy's settings in force: regime, distribution rule, monitoring and sanctions. */
    public EconomyConfig economy() {
        return economy;
    }

    VotingRule rule() {
        return rule;
    }

    VotingRule fallback() {
        return fallback;
    }

    /** The office selector of the bylaws in force. */
    public OfficeSelector selector() {
        return selector;
    }

    /** The deliberation model of the bylaws in force. */
    public Deliberation deliberation() {
        return deliberation;
    }
}
