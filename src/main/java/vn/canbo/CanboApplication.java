package vn.canbo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@EnableScheduling
@Modulithic(systemName = "CanBo", sharedModules = { "shared" })
public class CanboApplication {

	public static void main(String[] args) {
		SpringApplication.run(CanboApplication.class, args);
	}

}
