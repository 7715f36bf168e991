package org.pnyx.config;

/**
 * Coefficients of the attendance decision and its adaptive habit (Bendor, Diermeier &amp; Ting 2003;
 * Fowler 2006; Bryan 2004). Units and ranges: see {@link Parameters}, keys {@code attendance.*}.
 */
public record AttendanceConfig(double base, double solidarity, double habit, double salience, double efficacy,
                               double cost, double referenceSize, double sizeElasticity, double learningRate,
                               double aspirationMemory, double efficacyMemory, double duty) {

    public AttendanceConfig {
        BylawConfig.check(referenceSize >= 1, "referenceSize", "at least 1", referenceSize);
        BylawConfig.check(learningRate >= 0 && learningRate <= 1, "learningRate", "in [0, 1]", learningRate);
        BylawConfig.check(aspirationMemory >= 0 && aspirationMemory <= 1, "aspirationMemory", "in [0, 1]",
                aspirationMemory);
        BylawConfig.check(efficacyMemory >= 0 && efficacyMemory <= 1, "efficacyMemory", "in [0, 1]", efficacyMemory);
    }

    /** Reads the {@code attendance.*} keys. */
    public static AttendanceConfig from(ParameterValues v) {
        return new AttendanceConfig(v.d("attendance.base"), v.d("attendance.solidarity"), v.d("attendance.habit"),
                v.d("attendance.salience"), v.d("attendance.efficacy"), v.d("attendance.cost"),
                v.d("attendance.referenceSize"), v.d("attendance.sizeElasticity"), v.d("attendance.learningRate"),
                v.d("attendance.aspirationMemory"), v.d("attendance.efficacyMemory"), v.d("attendance.duty"));
    }
}
