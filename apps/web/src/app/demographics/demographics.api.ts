import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CensusDimension, CensusRequest, MyDemographics, MyDemographicsRequest, Representativeness } from '@concordia/contracts';
import { firstValueFrom } from 'rxjs';

/** The person's own optional answers, the public comparison and (admins) the census shares. */
@Injectable({ providedIn: 'root' })
export class DemographicsApi {
  private readonly http = inject(HttpClient);

  mine(): Promise<MyDemographics> {
    return firstValueFrom(this.http.get<MyDemographics>('/api/demographics/me'));
  }

  save(body: MyDemographicsRequest): Promise<MyDemographics> {
    return firstValueFrom(this.http.put<MyDemographics>('/api/demographics/me', body));
  }

  withdraw(): Promise<void> {
    return firstValueFrom(this.http.delete<void>('/api/demographics/me'));
  }

  representativeness(slug: string | null): Promise<Representativeness> {
    return firstValueFrom(this.http.get<Representativeness>('/api/demographics/representativeness', { params: slug ? { consultation: slug } : {} }));
  }

  census(): Promise<CensusDimension[]> {
    return firstValueFrom(this.http.get<CensusDimension[]>('/api/demographics/census'));
  }

  saveCensus(body: CensusRequest): Promise<CensusDimension[]> {
    return firstValueFrom(this.http.put<CensusDimension[]>('/api/demographics/census', body));
  }
}
