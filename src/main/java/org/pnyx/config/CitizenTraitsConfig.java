package org.pnyx.config;

/** The distributions from which each citizen's traits are drawn (keys {@code citizens.*}). */
public record CitizenTraitsConfig(Distribution solidarity, Distribution reason, Distribution freeTime,
                                  Distribution need, Distribution ability, Distribution wealth,
                                  Distribution habit, Distribution opinion) {

    /** Reads the {@code citizens.*} keys. */
    public static CitizenTraitsConfig from(ParameterValues v) {
        return new CitizenTraitsConfig(v.distribution("citizens.solidarity"), v.distribution("citizens.reason"),
                v.distribution("citizens.freeTime"), v.distribution("citizens.need"),
                v.distribution("citizens.ability"), v.distribution("citizens.wealth"),
                v.distribution("citizens.habit"), v.distribution("citizens.opinion"));
    }
}
