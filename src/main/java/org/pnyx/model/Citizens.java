package org.pnyx.model;

/**
 * All citizens of a run, stored as parallel primitive arrays indexed by citizen id (0..size-1),
 * so the weekly loops touch compact memory in a fixed order. Ids are stable for the whole run.
 *
 * <p>Need and ability are fixed at birth; solidarity and reason are drawn at birth and then grow or erode
 * with participation ({@link CivicFormation}); free time is the trait plus the hours the economy frees (set
 * once when the economy starts); wealth, habit, aspiration, efficacy, influence, opinions and the economic
 * state (strategy, effort, trust, output, consumption, offences, exclusion, ownership, co-op) change during
 * the run.
 */
public final class Citizens {

    private final int size;
    final int[] home;
    final float[] solidarity;
    final float[] reason;
    final float[] freeTime;
    final float[] need;
    final float[] ability;
    final float[] habit;
    final float[] aspiration;
    final float[] efficacy;
    final float[] influence;
    final float[] income;
    final float[] opinion;
    final float[] confederalOpinion;
    final float[] imposed;
    final double[] wealth;
    final int[] officeMeetings;
    final boolean[] attended;
    /** Whether the citizen was given the floor at their town's latest meeting ({@link Floor}). */
    final boolean[] heard;
    final byte[] strategy;
    final float[] effort;
    final float[] trust;
    final float[] output;
    final float[] consumption;
    final byte[] offences;
    final short[] excluded;
    final boolean[] owner;
    final int[] coop;
    /** Amendment experience (issue 13): inquorate meetings attended lately, meetings short of need amid shirking. */
    final byte[] inquorate;
    final byte[] carried;
    final float[] sanctionStake;
    // The liberty events of each citizen's history (docs/model/liberty.md), counted where they happen.
    final int[] bound;
    final int[] voiced;
    final int[] dominated;
    final int[] workWeeks;
    final int[] workSay;
    final int[] exitWishes;
    final int[] exitBlocked;
    final int[] insecure;

    /** Allocates {@code size} citizens with zeroed state; {@link Populations} fills them. */
    public Citizens(int size) {
        this.size = size;
        home = new int[size];
        solidarity = new float[size];
        reason = new float[size];
        freeTime = new float[size];
        need = new float[size];
        ability = new float[size];
        habit = new float[size];
        aspiration = new float[size];
        efficacy = new float[size];
        influence = new float[size];
        income = new float[size];
        opinion = new float[size * Issue.COUNT];
        confederalOpinion = new float[size];
        imposed = new float[size];
        wealth = new double[size];
        officeMeetings = new int[size];
        attended = new boolean[size];
        heard = new boolean[size];
        strategy = new byte[size];
        effort = new float[size];
        trust = new float[size];
        output = new float[size];
        consumption = new float[size];
        offences = new byte[size];
        excluded = new short[size];
        owner = new boolean[size];
        coop = new int[size];
        inquorate = new byte[size];
        carried = new byte[size];
        sanctionStake = new float[size];
        bound = new int[size];
        voiced = new int[size];
        dominated = new int[size];
        workWeeks = new int[size];
        workSay = new int[size];
        exitWishes = new int[size];
        exitBlocked = new int[size];
        insecure = new int[size];
    }

    /** Number of citizens. */
    public int size() {
        return size;
    }

    /** Index of the municipality the citizen lives in. */
    public int home(int id) {
        return home[id];
    }

    /** Wealth in goods, at least 0. */
    public double wealth(int id) {
        return wealth[id];
    }

    /** Influence (winner-loser standing), 1 when neutral. */
    public double influence(int id) {
        return influence[id];
    }

    /** Attendance habit, the propensity in [0, 1]. */
    public double habit(int id) {
        return habit[id];
    }

    /** Perceived efficacy in [0, 1]: smoothed share of outcomes that went the citizen's way. */
    public double efficacy(int id) {
        return efficacy[id];
    }

    /** Opinion on an issue, in [0, 1]. */
    public double opinion(int id, Issue issue) {
        return opinion[id * Issue.COUNT + issue.ordinal()];
    }

    /** Whether the citizen attended the last meeting of their assembly. */
    public boolean attended(int id) {
        return attended[id];
    }

    /** Last week's net income in goods. */
    public double income(int id) {
        return income[id];
    }

    /** Meetings the citizen has spent as facilitator. */
    public int officeMeetings(int id) {
        return officeMeetings[id];
    }

    public double solidarity(int id) {
        return solidarity[id];
    }

    public double reason(int id) {
        return reason[id];
    }

    public double freeTime(int id) {
        return freeTime[id];
    }

    public double need(int id) {
        return need[id];
    }

    public double ability(int id) {
        return ability[id];
    }

    /**
     * Opinion on confederal pooling and enforcement, in [0, 1]: 0 wants every town to keep its own,
     * 1 wants goods pooled and harm stopped. Drawn only when the confederation is enabled.
     */
    public double confederalOpinion(int id) {
        return confederalOpinion[id];
    }

    /** Sets the confederal opinion, in [0, 1]. */
    public void setConfederalOpinion(int id, double value) {
        confederalOpinion[id] = (float) value;
    }

    /**
     * Smoothed share of decisions the citizen cared about that were adopted against their preference,
     * in [0, 1] (the imposition half of the liberty measure).
     */
    public double imposed(int id) {
        return imposed[id];
    }

    /** Adds goods to (or, negative, takes them from) a citizen's wealth; used by confederal transfers. */
    public void addWealth(int id, double delta) {
        wealth[id] += delta;
    }

    /**
     * Folds one decision into the citizen's smoothed efficacy and imposition:
     * {@code e' = memory * e + (1 - memory) * won} and likewise for {@code imposedNow}.
     */
    public void recordOutcome(int id, boolean won, boolean imposedNow, double memory) {
        float mem = (float) memory;
        efficacy[id] = mem * efficacy[id] + (1 - mem) * (won ? 1f : 0f);
        imposed[id] = mem * imposed[id] + (1 - mem) * (imposedNow ? 1f : 0f);
    }

    /** Moves solidarity the share {@code rate} of the way toward 1 (civic education). */
    public void educate(int id, double rate) {
        solidarity[id] += (float) (rate * (1 - solidarity[id]));
    }

    /**
     * Moves solidarity and reason the share {@code grow} of the way toward 1, then keeps the share
     * {@code 1 - erode} of what is left ({@link CivicFormation}).
     */
    public void form(int id, double grow, double erode) {
        solidarity[id] = (float) ((solidarity[id] + grow * (1 - solidarity[id])) * (1 - erode));
        reason[id] = (float) ((reason[id] + grow * (1 - reason[id])) * (1 - erode));
    }

    /**
     * Trust in one's co-op, in [0, 1]: the share of the co-op's last mean effort a conditional cooperator
     * matches ({@code economy.Trust}).
     */
    public double trust(int id) {
        return trust[id];
    }

    public void setTrust(int id, double value) {
        trust[id] = (float) value;
    }

    /** Effort type. */
    public Strategy strategy(int id) {
        return Strategy.of(strategy[id]);
    }

    public void setStrategy(int id, Strategy value) {
        strategy[id] = (byte) value.ordinal();
    }

    /** This week's effort, share of potential output in [0, 1]. */
    public double effort(int id) {
        return effort[id];
    }

    public void setEffort(int id, double value) {
        effort[id] = (float) value;
    }

    /** This week's output, goods. */
    public double output(int id) {
        return output[id];
    }

    public void setOutput(int id, double goods) {
        output[id] = (float) goods;
    }

    /** This week's consumption, goods. */
    public double consumption(int id) {
        return consumption[id];
    }

    public void setConsumption(int id, double goods) {
        consumption[id] = (float) goods;
    }

    /** Inquorate meetings the citizen attended lately (halved by each quorate one they attend). */
    public int inquorateMeetings(int id) {
        return inquorate[id];
    }

    /** Meetings lately at which the citizen's income fell short of need while the town's workers gave less than the norm. */
    public int carriedMeetings(int id) {
        return carried[id];
    }

    /** Whether this week's consumption fell short of need. */
    public boolean inShortfall(int id) {
        return consumption[id] < need[id] * (1 - 1e-6);
    }

    /** Offences on record (graduated sanctions), 0 to 127. */
    public int offences(int id) {
        return offences[id];
    }

    public void setOffences(int id, int count) {
        offences[id] = (byte) Math.min(127, count);
    }

    /** Weeks of exclusion from work and share still to serve. */
    public int excludedWeeks(int id) {
        return excluded[id];
    }

    public void setExcludedWeeks(int id, int weeks) {
        excluded[id] = (short) Math.min(Short.MAX_VALUE, weeks);
    }

    /** Whether the citizen owns workplaces (capitalist regime) and lives on profit instead of work. */
    public boolean owner(int id) {
        return owner[id];
    }

    public void setOwner(int id, boolean value) {
        owner[id] = value;
    }

    /**
     * Index of the co-op (workplace) of the citizen's municipality they work in, from 0. Set when the
     * economy starts and kept while they stay; a migrant gets one in the new town ({@link Municipality#joinCoop()}).
     */
    public int coop(int id) {
        return coop[id];
    }

    public void setCoop(int id, int index) {
        coop[id] = index;
    }

    /**
     * Goods a week full sanctions (the sanctions policy at 1) would cost the citizen compared with no checks:
     * for a worker they would deter, the net saving of the effort they would give up; for one they would not,
     * the expected fines; 0 for one who works at the norm unchecked (set by {@code economy.Work}).
     */
    public double sanctionStake(int id) {
        return sanctionStake[id];
    }

    public void setSanctionStake(int id, double goods) {
        sanctionStake[id] = (float) goods;
    }

    public void setWealth(int id, double goods) {
        wealth[id] = goods;
    }

    public void setIncome(int id, double goods) {
        income[id] = (float) goods;
    }

    /** Adds hours to the citizen's weekly free time (automation's freed hours, or an owner's whole week). */
    public void addFreeTime(int id, double hours) {
        freeTime[id] += (float) hours;
    }

    /** Multiplies influence by {@code 1 - share}, not below the assembly's floor (loss of esteem). */
    public void loseEsteem(int id, double share) {
        influence[id] = Math.max(0.1f, (float) (influence[id] * (1 - share)));
    }

    /** Sets traits directly; for hand-built fixtures in tests and for later subsystems. */
    public void set(int id, int homeIndex, double solidarityValue, double reasonValue, double freeTimeValue,
                    double needValue, double abilityValue, double wealthValue, double habitValue) {
        home[id] = homeIndex;
        solidarity[id] = (float) solidarityValue;
        reason[id] = (float) reasonValue;
        freeTime[id] = (float) freeTimeValue;
        need[id] = (float) needValue;
        ability[id] = (float) abilityValue;
        wealth[id] = wealthValue;
        habit[id] = (float) habitValue;
        influence[id] = 1f;
        efficacy[id] = 0.5f;
    }

    /** Sets an opinion, in [0, 1]. */
    public void setOpinion(int id, Issue issue, double value) {
        opinion[id * Issue.COUNT + issue.ordinal()] = (float) value;
    }

    /**
     * Records one decision that bound the citizen (docs/model/liberty.md): whether they took part in its making
     * (attended the meeting that made it, or voted), and whether it was imposed without their assembly's consent
     * (a plan's or state council's override, a confederal decision their town opposed).
     */
    public void recordBinding(int id, boolean tookPart, boolean imposedWithoutConsent) {
        bound[id]++;
        if (tookPart) {
            voiced[id]++;
        }
        if (imposedWithoutConsent) {
            dominated[id]++;
        }
    }

    /** Records that the citizen took part in making a decision already recorded as binding them (a mandate's vote). */
    public void recordTookPart(int id) {
        voiced[id]++;
    }

    /** Records one week whose terms of work someone set: {@code say} when a body the citizen belongs to set them. */
    public void recordWork(int id, boolean say) {
        workWeeks[id]++;
        if (say) {
            workSay[id]++;
        }
    }

    /** Records one week in which the citizen wished to leave their town, and whether leaving was barred. */
    public void recordExitWish(int id, boolean blocked) {
        exitWishes[id]++;
        if (blocked) {
            exitBlocked[id]++;
        }
    }

    /** Records one week in which the citizen's means of life were not secure (shortfall or exclusion). */
    public void recordInsecure(int id) {
        insecure[id]++;
    }

    /** Decisions that bound the citizen so far. */
    public int bound(int id) {
        return bound[id];
    }

    /** Of {@link #bound}, those in whose making the citizen took part. */
    public int voiced(int id) {
        return voiced[id];
    }

    /** Of {@link #bound}, those imposed without the consent of the citizen's assembly. */
    public int dominated(int id) {
        return dominated[id];
    }

    /** Weeks whose terms of work someone set. */
    public int workWeeks(int id) {
        return workWeeks[id];
    }

    /** Of {@link #workWeeks}, those set by a body the citizen belongs to, with no sanction or exclusion. */
    public int workSay(int id) {
        return workSay[id];
    }

    /** Weeks the citizen wished to leave. */
    public int exitWishes(int id) {
        return exitWishes[id];
    }

    /** Of {@link #exitWishes}, those in which leaving was barred. */
    public int exitBlocked(int id) {
        return exitBlocked[id];
    }

    /** Weeks in shortfall or excluded from work and share. */
    public int insecureWeeks(int id) {
        return insecure[id];
    }
}
