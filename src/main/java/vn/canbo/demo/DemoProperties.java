package vn.canbo.demo;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which real province and commune the demo is built in, and the generator's seed.
 *
 * @param provinceCode official code of the demo province (default 11, Điện Biên)
 * @param communeCode official code of the demo commune for commune-scoped accounts
 * (default 03334, Phường Mường Thanh)
 * @param seed the random seed; the same seed gives the same demo
 * @param people how many synthetic personnel records to load (default 12,000)
 * @param work whether to write a year of plans, tasks and closed months (default yes;
 * tests that share their database with others turn it off: it closes months everywhere)
 */
@ConfigurationProperties("canbo.demo")
record DemoProperties(String provinceCode, String communeCode, long seed, @Nullable Integer people,
		@Nullable Boolean work) {

	DemoProperties {
		provinceCode = provinceCode == null || provinceCode.isBlank() ? "11" : provinceCode;
		communeCode = communeCode == null || communeCode.isBlank() ? "03334" : communeCode;
		seed = seed == 0 ? 20250701L : seed;
		people = (people == null || people < 0) ? 12_000 : people;
		work = (work == null) || work;
	}

}
